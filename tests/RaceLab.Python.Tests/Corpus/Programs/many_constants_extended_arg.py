# more than 256 constants (EXTENDED_ARG on LOAD_CONST) and a long function
import threading

acc = 0


def long_sum():
    global acc
    acc += 1; acc += 2; acc += 3; acc += 4; acc += 5; acc += 6; acc += 7; acc += 8
    acc += 9; acc += 10; acc += 11; acc += 12; acc += 13; acc += 14; acc += 15; acc += 16
    acc += 17; acc += 18; acc += 19; acc += 20; acc += 21; acc += 22; acc += 23; acc += 24
    acc += 25; acc += 26; acc += 27; acc += 28; acc += 29; acc += 30; acc += 31; acc += 32
    acc += 33; acc += 34; acc += 35; acc += 36; acc += 37; acc += 38; acc += 39; acc += 40
    acc += 41; acc += 42; acc += 43; acc += 44; acc += 45; acc += 46; acc += 47; acc += 48
    acc += 49; acc += 50; acc += 51; acc += 52; acc += 53; acc += 54; acc += 55; acc += 56
    acc += 57; acc += 58; acc += 59; acc += 60; acc += 61; acc += 62; acc += 63; acc += 64
    acc += 65; acc += 66; acc += 67; acc += 68; acc += 69; acc += 70; acc += 71; acc += 72
    acc += 73; acc += 74; acc += 75; acc += 76; acc += 77; acc += 78; acc += 79; acc += 80
    acc += 81; acc += 82; acc += 83; acc += 84; acc += 85; acc += 86; acc += 87; acc += 88
    acc += 89; acc += 90; acc += 91; acc += 92; acc += 93; acc += 94; acc += 95; acc += 96
    acc += 97; acc += 98; acc += 99; acc += 100; acc += 101; acc += 102; acc += 103
    acc += 104; acc += 105; acc += 106; acc += 107; acc += 108; acc += 109; acc += 110
    acc += 111; acc += 112; acc += 113; acc += 114; acc += 115; acc += 116; acc += 117
    acc += 118; acc += 119; acc += 120; acc += 121; acc += 122; acc += 123; acc += 124
    acc += 125; acc += 126; acc += 127; acc += 128; acc += 129; acc += 130; acc += 131
    acc += 132; acc += 133; acc += 134; acc += 135; acc += 136; acc += 137; acc += 138
    acc += 139; acc += 140; acc += 141; acc += 142; acc += 143; acc += 144; acc += 145
    acc += 146; acc += 147; acc += 148; acc += 149; acc += 150; acc += 151; acc += 152
    acc += 153; acc += 154; acc += 155; acc += 156; acc += 157; acc += 158; acc += 159
    acc += 160; acc += 161; acc += 162; acc += 163; acc += 164; acc += 165; acc += 166
    acc += 167; acc += 168; acc += 169; acc += 170; acc += 171; acc += 172; acc += 173
    acc += 174; acc += 175; acc += 176; acc += 177; acc += 178; acc += 179; acc += 180
    acc += 181; acc += 182; acc += 183; acc += 184; acc += 185; acc += 186; acc += 187
    acc += 188; acc += 189; acc += 190; acc += 191; acc += 192; acc += 193; acc += 194
    acc += 195; acc += 196; acc += 197; acc += 198; acc += 199; acc += 200; acc += 201
    acc += 202; acc += 203; acc += 204; acc += 205; acc += 206; acc += 207; acc += 208
    acc += 209; acc += 210; acc += 211; acc += 212; acc += 213; acc += 214; acc += 215
    acc += 216; acc += 217; acc += 218; acc += 219; acc += 220; acc += 221; acc += 222
    acc += 223; acc += 224; acc += 225; acc += 226; acc += 227; acc += 228; acc += 229
    acc += 230; acc += 231; acc += 232; acc += 233; acc += 234; acc += 235; acc += 236
    acc += 237; acc += 238; acc += 239; acc += 240; acc += 241; acc += 242; acc += 243
    acc += 244; acc += 245; acc += 246; acc += 247; acc += 248; acc += 249; acc += 250
    acc += 251; acc += 252; acc += 253; acc += 254; acc += 255; acc += 256; acc += 257
    acc += 258; acc += 259; acc += 260
    while acc > 0 and acc < 10 ** 9:
        acc = acc - 1 if acc % 2 else acc // 2


threading.Thread(target=long_sum).start()
print(acc)

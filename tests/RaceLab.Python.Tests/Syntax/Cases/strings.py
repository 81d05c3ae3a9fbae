a = 'single' "double" '''triple
quoted''' """also
triple"""
b = 'esc\n\t\\\'\"\x41\u00e9\U0001F600\101\0\a\b\f\v\r'
c = r'raw\n' R"raw\d"
d = 'unknown \d escape'
e = u'unicode' 'x'
f = 'é' + "ü"; g = 'line\
continued'
h = ('implicit'
     'concat'
     "enation")

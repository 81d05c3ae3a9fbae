def big(flag):
    if flag > 0:
        v0 = 0
    if flag > 1:
        v1 = 1
    if flag > 2:
        v2 = 2
    if flag > 3:
        v3 = 3
    if flag > 4:
        v4 = 4
    if flag > 5:
        v5 = 5
    if flag > 6:
        v6 = 6
    if flag > 7:
        v7 = 7
    if flag > 8:
        v8 = 8
    if flag > 9:
        v9 = 9
    if flag > 10:
        v10 = 10
    if flag > 11:
        v11 = 11
    if flag > 12:
        v12 = 12
    if flag > 13:
        v13 = 13
    if flag > 14:
        v14 = 14
    if flag > 15:
        v15 = 15
    if flag > 16:
        v16 = 16
    if flag > 17:
        v17 = 17
    if flag > 18:
        v18 = 18
    if flag > 19:
        v19 = 19
    if flag > 20:
        v20 = 20
    if flag > 21:
        v21 = 21
    if flag > 22:
        v22 = 22
    if flag > 23:
        v23 = 23
    if flag > 24:
        v24 = 24
    if flag > 25:
        v25 = 25
    if flag > 26:
        v26 = 26
    if flag > 27:
        v27 = 27
    if flag > 28:
        v28 = 28
    if flag > 29:
        v29 = 29
    if flag > 30:
        v30 = 30
    if flag > 31:
        v31 = 31
    if flag > 32:
        v32 = 32
    if flag > 33:
        v33 = 33
    if flag > 34:
        v34 = 34
    if flag > 35:
        v35 = 35
    if flag > 36:
        v36 = 36
    if flag > 37:
        v37 = 37
    if flag > 38:
        v38 = 38
    if flag > 39:
        v39 = 39
    if flag > 40:
        v40 = 40
    if flag > 41:
        v41 = 41
    if flag > 42:
        v42 = 42
    if flag > 43:
        v43 = 43
    if flag > 44:
        v44 = 44
    if flag > 45:
        v45 = 45
    if flag > 46:
        v46 = 46
    if flag > 47:
        v47 = 47
    if flag > 48:
        v48 = 48
    if flag > 49:
        v49 = 49
    if flag > 50:
        v50 = 50
    if flag > 51:
        v51 = 51
    if flag > 52:
        v52 = 52
    if flag > 53:
        v53 = 53
    if flag > 54:
        v54 = 54
    if flag > 55:
        v55 = 55
    if flag > 56:
        v56 = 56
    if flag > 57:
        v57 = 57
    if flag > 58:
        v58 = 58
    if flag > 59:
        v59 = 59
    if flag > 60:
        v60 = 60
    if flag > 61:
        v61 = 61
    if flag > 62:
        v62 = 62
    if flag > 63:
        v63 = 63
    if flag > 64:
        v64 = 64
    if flag > 65:
        v65 = 65
    if flag > 66:
        v66 = 66
    if flag > 67:
        v67 = 67
    if flag > 68:
        v68 = 68
    if flag > 69:
        v69 = 69
    return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 + v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39 + v40 + v41 + v42 + v43 + v44 + v45 + v46 + v47 + v48 + v49 + v50 + v51 + v52 + v53 + v54 + v55 + v56 + v57 + v58 + v59 + v60 + v61 + v62 + v63 + v64 + v65 + v66 + v67 + v68 + v69
print(big(100))

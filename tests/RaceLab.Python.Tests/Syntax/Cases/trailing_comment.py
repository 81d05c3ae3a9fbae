if x:
    pass
# trailing
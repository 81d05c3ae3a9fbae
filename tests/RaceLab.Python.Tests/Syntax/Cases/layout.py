# comment at top

x = 1  # trailing comment
if x:
    # comment inside

    y = 2
        
    z = (1 +
         2)
	
def f(a,
      b):
    return [a,
            b]
x = \
    1 + \
    2
if x:
  if y:
      pass
  else:
     pass
print(x)

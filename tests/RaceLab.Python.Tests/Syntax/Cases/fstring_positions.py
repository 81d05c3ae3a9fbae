x = f"{a}"
yy = f"ab{a+b} {c}"
yy = f"ab{a}" f"{a}"
yy = (1,
   f"ab{ a }")
y = f'''
{z}'''
y = f'''q
  w{z}'''
y = f'''{
z}'''
y = f'''{z
}'''
y = f'''{(z,
 w)}'''
y = f'{b:>{w}}'
y = f'{b=}'
y = f'{b!r:{w}.{p}}'
y = f'é{b}'
y = f'{b}é{b}'
y = f'{b}' 'x' f'{c}'
y = 'x' f'{c}' 'y'
y = f'a'
y = f''
y = f'{a}{{'
y = f'{a}{a}'
y = f'{b:{b}}'
y = f'{a} ' f'{a}'
y = f'a' 'b'
y = 'a' f'b' 'c{d}' f'e'
y = f'{b:x}'
y = f'{b:{w}x}'
y = f'{b:x{w}}'
y = f'{b:}'
y = f'{b!r}'
y = f'{ b = }'
y = f'{b=:x}'
y = f'{b=!s}'
y = f'\n{b}\t'
y = f'{b}' ''
y = '' f'{b}'
y = f'{b}' '' f'{c}'
y = rf'\n{b}'
y = f'''a
b{c}
d''' f'{e}'
y = f'x{b=}'
y = f'a{{b'
y = f'a}}b{c}'
y = f'{b:{w}{p}}'
y = f'{b:x{w}y}'
y = 'a' f'{b}x' 'c'
y = f'{b}' f'' 'c'
y = f'{b}' f'c' 'd'
y = u'a' 'b'
y = f'{b!r:>10}'
y = f'{"q"}'
y = f'{b:{w!r}}'
y = f'{a}' f'{b=}'

if x:
	pass
	if y:
		pass
z = 1
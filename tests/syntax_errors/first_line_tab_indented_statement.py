		pass

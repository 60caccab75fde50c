# indentation space+tab compared with tab+space: TabError
if x:
 	y = 1
	 z = 2

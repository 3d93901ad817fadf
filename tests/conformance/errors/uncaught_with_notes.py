e = ValueError("main message")
e.add_note("a note added later")
raise e

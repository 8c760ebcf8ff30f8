print("_raises starts")
raise ValueError("module failed during import")

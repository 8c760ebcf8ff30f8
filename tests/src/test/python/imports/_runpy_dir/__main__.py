print("main of the directory,", __name__)
VALUE = 42

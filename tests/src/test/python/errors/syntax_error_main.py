print("this file never runs")
def broken(:
    pass

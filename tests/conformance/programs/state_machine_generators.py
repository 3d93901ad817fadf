def traffic_light():
    states = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    i = 0
    while True:
        state = states[i % 3]
        for tick in range(durations[state]):
            command = yield (state, tick)
            if command == "reset":
                i = -1
                break
        i += 1
light = traffic_light()
print([next(light) for _ in range(5)])
print(light.send("reset"), next(light), next(light))

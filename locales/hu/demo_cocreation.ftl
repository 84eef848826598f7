# A bemutató belépési oldala: hol vannak a közös alkotási felhívások.

demo-cocreation-story = A bemutató két kihívásokra épülő közös alkotási felhívást is tartalmaz: Torinóét, a TO-HOME mintájára (lakhatás, foglalkoztatás és szociális ellátás a kilakoltatások ellen, egyetemi facilitátorral), amely a kidolgozási szakaszban van, és Rotterdamét, amelynek csapatai most alakulnak. E városok oldalain facilitátorként belépve követheti a csapatokat.

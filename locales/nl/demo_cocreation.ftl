# De aanmeldpagina van de demo: waar de co-creatieoproepen zijn.

demo-cocreation-story = De demo heeft ook twee co-creatieoproepen rond uitdagingen: die van Turijn, naar het voorbeeld van TO-HOME (wonen, werk en zorg tegen huisuitzettingen, met een begeleider van de universiteit), in de ontwikkelfase, en die van Rotterdam, waarvan de teams zich vormen. Meld je op de sites van die steden aan als begeleider om de teams te volgen.

# Pagina de conectare a demonstrației: unde sunt apelurile de co-creare.

demo-cocreation-story = Demonstrația are și două apeluri de co-creare pornind de la provocări: cel al Torinoului, după modelul TO-HOME (locuire, ocupare și asistență socială împotriva evacuărilor, cu o facilitatoare de la universitate), în etapa de dezvoltare, și cel al Rotterdamului, ale cărui echipe se formează. Pe site-urile acestor orașe, conectați-vă ca facilitator pentru a urmări echipele.

# La página de acceso de la demo: dónde están las convocatorias de cocreación.

demo-cocreation-story = La demo tiene también dos convocatorias de cocreación a partir de retos: la de Turín, inspirada en TO-HOME (vivienda, empleo y servicios sociales contra los desahucios, con una facilitadora de la universidad), en la fase de desarrollo, y la de Róterdam, cuyos equipos se están formando. En los sitios de esas ciudades, entra como facilitador para seguir a los equipos.

# A página de entrada da demonstração: onde estão as chamadas de cocriação.

demo-cocreation-story = A demonstração tem também duas chamadas de cocriação a partir de desafios: a de Turim, inspirada no TO-HOME (habitação, emprego e ação social contra os despejos, com uma facilitadora da universidade), na fase de desenvolvimento, e a de Roterdão, cujas equipas se estão a formar. Nos sites dessas cidades, entre como facilitador para acompanhar as equipas.

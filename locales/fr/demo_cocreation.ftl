# La page de connexion de la démo : où sont les appels de co-création.

demo-cocreation-story = La démo comprend aussi deux appels de co-création à partir de défis : celui de Turin, sur le modèle de TO-HOME (logement, emploi et action sociale contre les expulsions, avec une facilitatrice de l’université), en phase de développement, et celui de Rotterdam, dont les équipes se forment. Sur les sites de ces villes, connectez-vous comme facilitateur pour suivre les équipes.

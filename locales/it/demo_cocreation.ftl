# La pagina di accesso della demo: dove sono i bandi di co-creazione.

demo-cocreation-story = La demo ha anche due bandi di co-creazione a partire dalle sfide: quello di Torino, sul modello di TO-HOME (casa, lavoro e servizi sociali contro gli sfratti, con una facilitatrice dell'università), nella fase di sviluppo, e quello di Rotterdam, i cui gruppi si stanno formando. Sui siti di queste città, entra come facilitatore per seguire i gruppi.

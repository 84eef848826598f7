# Similar ideas and shared topics.

# The demo's sign-in page: where the co-creation calls are.

demo-cocreation-story = The demo also has two challenge-led co-creation calls: Turin's, modelled on TO-HOME (housing, employment and social care against evictions, with a facilitator from the university), in its development stage, and Rotterdam's, whose teams are forming. On those cities' sites, sign in as the facilitator to follow the teams.

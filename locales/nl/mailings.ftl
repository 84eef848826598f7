# Mailings: announcements, deadline and draft reminders, reach.

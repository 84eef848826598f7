# Colleagues who support and comment, and moderation.

# The participation funnel on the network dashboard.

# The participation funnel on the network dashboard.
funnel-heading = Participation funnel per call
funnel-rule = For each call: the employees it was open to, those an announcement email reached, those who started or joined a proposal (drafts included) and those on a submitted proposal. Shares are of the eligible employees. “Not recorded” means the call sent no announcement by email.
funnel-eligible = Eligible employees
funnel-reached = Reached by an announcement
funnel-reached-share = Reached, share of the eligible
funnel-opened = Started or joined a proposal
funnel-opened-share = Started or joined, share of the eligible
funnel-submitted = On a submitted proposal
funnel-submitted-share = Submitted, share of the eligible
funnel-chart-unit = people, with their share of the eligible
funnel-step = { $count } ({ $share } of the eligible)
funnel-step-name = Step
funnel-share = share of the eligible

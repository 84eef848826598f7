# Email: the queue, a person's choices per kind, unsubscribing, digests, delivery failures.

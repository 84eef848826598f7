# Signing in and out, accounts, invitations and the people page.

signin-title = Sign in
signin-sso-heading = City employees
signin-sso-button = Sign in with your city account
signin-local-heading = Invited experts
signin-platform-heading = Operators and network coordinators
signin-demo-link = Demo: sign in as a sample person
signin-failed = The email address or the password is not right.
signin-throttled = Too many attempts. Please wait 15 minutes before trying again.
sso-error-not-configured = This city has not set up sign-in with its own accounts yet.
sso-error-state = The sign-in took too long or was interrupted. Please start again.
sso-error-unavailable = The city's sign-in service cannot be reached right now. Please try again later.
sso-error-refused = The city's sign-in service did not confirm who you are. Please start again.

account-title = Your account
account-roles = Roles

role-operator = Platform operator
role-coordinator = Network coordinator
role-tenant-admin = City administrator
role-juror = Juror
role-mentor = Mentor
role-employee = Employee

demo-signin-title = Demo sign-in
demo-signin-intro = This page exists only on the demo. Choose a sample person to see the platform through their role.
demo-signin-as = Sign in as this person

accept-title = Choose your password
accept-submit = Save the password and sign in
password-hint = At least 12 characters. A short sentence is easy to remember and hard to guess.
password-too-short = The password must have at least 12 characters.
password-too-long = The password may have at most 256 characters.
password-mismatch = The two passwords are not the same.

invitations-title = Invite outside experts
invitation-created = The invitation is ready. Send this link to the person; it works once, for 14 days:
invite-submit = Create the invitation
invitations-sent = Invitations
invitations-none = No one has been invited yet.
invitation-state = State
invitation-accepted = Accepted
invitation-expired = Expired
invitation-pending = Waiting, valid until { $date }
invite-error-email = Enter an email address such as name@example.org.
invite-error-name = Enter the person's name (at most 200 characters).
invite-error-role = Choose juror or mentor.

sso-title = Sign-in with the city's accounts
sso-saved = The settings are saved.
sso-redirect-uri = Register this redirect address with your identity provider:
sso-issuer = Issuer URL
sso-client-id = Client ID
sso-client-secret = Client secret
sso-secret-kept = A secret is stored and never shown. Leave this empty to keep it.
sso-secret-needed = Paste the secret your identity provider gave for this client.
sso-scopes = Scopes
sso-email-claim = Claim with the email address
sso-name-claim = Claim with the display name
sso-division-claim = Claim with the division
sso-grade-claim = Claim with the grade
sso-error-issuer = Enter the issuer's address, such as https://login.example.org.
sso-error-issuer-https = The issuer's address must start with https://.
sso-error-client-id = Enter the client ID (at most 255 characters).
sso-error-secret = Enter the client secret (at most 1,024 characters).
sso-error-scopes = The scopes must include openid.
sso-error-claim = Use a claim name of letters, digits, dots, dashes or underscores.
sso-error-discovery = The identity provider's discovery document could not be read at this address.

people-title = People
people-search = Search by name or email
people-none = No one matches.
people-status = Status
people-local = invited, signs in with a password
people-active = Active
people-inactive = Deactivated
people-deactivate = Deactivate
people-activate = Reactivate

operator-title = Operator console
operator-slug = Address name
operator-active = Active

tokens-title = API tokens
tokens-intro = A token lets another system use the city's API as the administrator who created it. Keep it secret; revoke it when it is no longer needed.
tokens-created = The token is ready. Copy it now: it will not be shown again.
tokens-name = Name (what the token is for)
tokens-create = Create a token
tokens-prefix = Begins with
tokens-created-on = Created
tokens-last-used = Last used
tokens-revoked = Revoked
tokens-revoke = Revoke
token-error-name = Give the token a name of at most 120 characters.
sso-extra-claims = Further claims to keep for eligibility rules (names, separated by spaces)
sso-error-extra-claims = List claim names of letters, digits, dots, dashes or underscores, separated by spaces (not grade or division).

account-preferences = Preferences
account-language = Language of the pages
account-language-browser = As my browser asks
account-notify-by-email = Also send me notifications by email
account-data = Your data
account-export = Download everything the platform holds about you (JSON)
account-erasure-explained = You may ask to be erased: your name, email address and identity are removed, and your proposals stay without your name. An administrator of the city confirms the request.
account-erasure-request = Ask to be erased
account-erasure-pending = You have asked to be erased; an administrator of the city will confirm it.
people-erasure-requested = Asked to be erased
people-erase = Erase now
person-erased = Former participant no. { $id }
sso-test = Test the connection
sso-test-ok = The identity provider answered: its discovery document and its keys could be read.
sso-test-private = The issuer's address { $host } is a private or local network address, which this server does not contact.
sso-test-failed = The identity provider could not be reached or did not answer as one should. Technical detail: { $reason }

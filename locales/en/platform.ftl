# The operators' console: cities, their health, creating and suspending.

operator-new-city = New city
operator-open-calls = Open calls
operator-sso = City sign-in
operator-sso-configured = Configured
operator-sso-missing = Not yet configured
operator-suspend = Suspend
operator-resume = Resume
operator-create = Create the city
operator-created = The city is created:
operator-created-admin = Send this link to its first administrator; it works once, for 14 days, and lets them choose a password:
operator-field-slug = Address name
operator-hint-slug = 2 to 40 lower-case letters, digits or dashes, starting with a letter; the city's pages are at /t/address-name/.
operator-field-name = City's name
operator-field-hosts = The city's own host names (optional)
operator-hint-hosts = Separated by spaces, such as ideas.torino.example; without https:// or a port.
operator-field-locales = Languages
operator-field-default-locale = Default language
operator-field-timezone = Time zone
operator-hint-timezone = As IANA names it, such as Europe/Rome.
operator-field-headcount = Number of employees
operator-field-colour = Colour of the city's pages
operator-hint-colour = Written #rrggbb; white text must stay readable on it.
operator-field-admin-email = First administrator's email address
operator-hint-admin = They are invited by a link and set up the city's own sign-in.
operator-field-admin-name = First administrator's name

tenant-error-slug = Use 2 to 40 lower-case letters, digits or dashes, starting with a letter.
tenant-error-reserved = This address name is reserved by the platform; choose another.
tenant-error-duplicate-slug = A city with this address name exists already.
tenant-error-name = Enter the city's name (at most 120 characters).
tenant-error-host = Enter host names such as ideas.torino.example, without https:// or a port.
tenant-error-duplicate-host = One of these host names already belongs to a city.
tenant-error-no-locales = Choose at least one language.
tenant-error-default-locale = The default language must be one of the chosen languages.
tenant-error-timezone = Enter a time zone such as Europe/Rome.
tenant-error-headcount = Enter a whole number of employees, at most 10,000,000.
tenant-error-colour = Write the colour as #rrggbb, such as #1f4e8c.
tenant-error-admin-email = Enter the first administrator's email address, such as name@example.org.

operator-last-sign-in = Last sign-in
operator-never = Never
operator-check-sso = Check
operator-sso-none = { $city } has no sign-in of its own configured.
operator-sso-ok = The identity provider of { $city } answers.
operator-sso-failed = The identity provider of { $city } does not answer as it should: { $reason }
tenant-error-unknown-locale = Only the platform's languages can be enabled: it, en, fr, pt, nl, ro, es, hu.

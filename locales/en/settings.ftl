# A city's settings: languages, names, colour, headcounts, divisions.

settings-title = City settings
settings-names = The city's name in each language (optional; the name given at creation is used otherwise)
settings-grades = Employees by grade (for participation figures of calls limited to a grade)
settings-employees = Employees
settings-error-contrast = White text is hard to read on this colour: choose a darker one (contrast at least 4.5 to 1).
settings-error-grade = Each grade needs a name (at most 80 characters, once) and a whole number of employees.

divisions-title = Divisions
divisions-current = Current divisions
divisions-none = The city has no divisions yet.
divisions-csv = Divisions to import, as CSV: one line per division, code then name
divisions-csv-hint = For example: AMB,Environment Division. A first line "code,name" is skipped. Known codes are renamed, new ones added; nothing is deleted.
divisions-check-button = Check the list
divisions-preview = Preview
divisions-line = Line
divisions-code = Code
divisions-check = Check
divisions-import = Import these divisions
divisions-error-columns = Give exactly two columns: code and name.
divisions-error-code = The code is empty, longer than 40 characters, or has characters other than letters, digits, dots, dashes and underscores.
divisions-error-name = The name is empty or longer than 200 characters.
divisions-error-duplicate = This code appears on an earlier line.
divisions-error-empty = The list is empty.
divisions-error-too-many = At most 2,000 divisions can be imported at once.
divisions-rows-wrong = { $count ->
    [one] One line needs correcting; nothing was imported.
   *[other] { $count } lines need correcting; nothing was imported.
}
divisions-imported = Imported: { $added } added, { $renamed } renamed.

categories-title = Categories
categories-intro = The categories a city's calls offer. Each sits in one of the network's shared categories, so that cities can be compared.
categories-network = Network category
categories-new = New category
categories-add = Add the category
category-error-name = Give the category a name of at most 120 characters.
category-error-taken = Another category already has this name.
category-error-network = Choose one of the network's categories.

settings-logo = Logo
settings-logo-file = The city's logo (PNG or JPEG, at most 512 KB), shown beside its name
settings-mail = The city's own mail server (optional)
settings-smtp-url = SMTP server
settings-smtp-hint = Such as smtp://user:password@mail.example.org:587?tls=required. Stored sealed and never shown back; leave both fields empty to use the platform's server.
settings-mail-from = Sender, such as Ideas <ideas@example.org>
settings-error-logo = The logo must be a PNG or JPEG image
    .detail = Choose a PNG or JPEG file of at most 512 KB.
settings-error-mail = The mail settings are not valid
    .detail = Give an SMTP URL such as smtp://mail.example.org:587?tls=required and a sender such as Ideas <ideas@example.org>, or leave both empty.

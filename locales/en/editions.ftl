# An edition's whole life: archiving, new editions, network templates.

admin-call-archive = Archive the call
admin-call-offer-template = Offer to the network as a template
admin-call-withdraw-template = Withdraw the template
call-archived-on = Archived on { $date }
call-fact-archived = Archived
call-template-since = Offered to the network as a template since { $date }.
call-archived-read-only = This call is archived: it, its proposals, reviews, decisions and projects can no longer be changed.
call-origin = Started from:
call-start-from = Start from an existing call
call-start-from-city = A new edition of one of your calls
call-start-from-network = From the network
call-templates-none = No other city offers a call as a template yet.
call-start-blank = Or start from a blank call
call-year = Year
call-new-edition = New edition
call-copy-template = Copy this template
call-copy-done = A new draft was made from the call, its dates moved by whole years. Check it before you publish it.
call-copy-dropped-categories = These categories have no counterpart among your city’s and were left out: { $categories }.
call-copy-unknown-attribute = The eligibility rule names the attribute “{ $attribute }”, which your city does not have: the draft is open to every employee until you set a rule.
confirm-archive-call-title = Archive “{ $call }”?
confirm-archive-call-read-only = The call, its proposals, reviews, decisions and projects become read-only for good; the call stays in every network figure.
confirm-archive-call-open-projects = { $count ->
    [0] No project is still open.
    [one] { $count } project is still open and will stay as it is:
   *[other] { $count } projects are still open and will stay as they are:
}
confirm-archive-call-project = { $title } ({ $status })
confirm-archive-call-button = Archive
confirm-template-title = Offer “{ $call }” to the network as a template?
confirm-template-shown = Every city’s admins will see its texts, categories, criteria, eligibility, awards and settings, and may copy them; no person’s name and no proposal is shown.
confirm-template-withdraw = You can withdraw it at any time; copies already made keep their link to it.
confirm-template-button = Offer as a template
network-formats-travelled = Call formats that travelled

"""allauth's strings whose French or Arabic the portal's catalogue corrects.

Django reads the project's catalogue (`locale/`) before allauth's, so a translation there of one of
allauth's strings is the one shown. Marking the strings here keeps them in the project's catalogue
when makemessages runs again. Each is allauth's text exactly, character for character: if a new
version of allauth changes it, allauth's own translation shows again, and
`accounts/tests/test_allauth_wording.py` fails.
"""

from django.utils.translation import gettext_noop

CORRECTED = [
    # account/verification_sent.html, the page shown after signing up. allauth's Arabic reads
    # "في غضو" for "في غضون", and "لم ترى", "لم تتلقى" where لم calls for "لم ترَ", "لم تتلقَّ".
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to finalize the signup "
        "process. If you do not see the verification email in your main inbox, check your spam folder. "
        "Please contact us if you do not receive the verification email within a few minutes."
    ),
    # account/email_confirm.html, an expired or unknown confirmation link: allauth's Arabic reads
    # "نتهت" for "انتهت".
    gettext_noop(
        "This email confirmation link expired or is invalid. Please "
        '<a href="%(email_url)s">issue a new email confirmation request</a>.'
    ),
    # account/email/unknown_account_message.txt, the mail answering a password reset asked for an
    # unknown address: allauth's Arabic begins with a stray Latin "O" and garbles "you, or someone else".
    gettext_noop(
        "You are receiving this email because you, or someone else, tried to access an account with email "
        "%(email)s. However, we do not have any record of such an account in our database."
    ),
]

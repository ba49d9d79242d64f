"""Strings of Qt's own dialogs and buttons, listed so they reach the program's catalogue.

Qt ships no Vietnamese translation (PLATFORM-NOTES), and its standard buttons, file and print
dialogs, calendar and context menus ask ``QCoreApplication.translate`` for these texts;
``GettextTranslator`` answers them from our catalogue. Nothing imports this module: it only marks
the texts for extraction. The lists were taken by recording what Qt 6.12 asks for while each
dialog is open (tests/gui/test_qt_dialogs.py checks that nothing it shows stays English).
"""

from desktop.core.i18n import N_

QT_STANDARD_TEXTS = (
    N_("OK"), N_("&OK"), N_("Cancel"), N_("&Cancel"), N_("Close"), N_("&Close"),
    N_("Save"), N_("&Save"), N_("Open"), N_("&Open"), N_("Apply"), N_("Reset"),
    N_("Help"), N_("&Help"), N_("Discard"), N_("Don't Save"), N_("Close without Saving"),
    N_("Restore Defaults"), N_("Abort"), N_("Retry"), N_("Ignore"), N_("&Yes"), N_("&No"),
    N_("Yes to &All"), N_("N&o to All"), N_("Save All"), N_("Show Details..."),
    N_("Hide Details..."), N_("< &Back"), N_("&Next >"), N_("&Finish"), N_("&Commit"),
    N_("Look in:"), N_("File &name:"), N_("Files of type:"), N_("Print"), N_("&Print"),
    N_("Copy"), N_("&Copy"), N_("Paste"), N_("&Paste"), N_("Cu&t"), N_("&Undo"), N_("&Redo"),
    N_("Select All"), N_("Delete"),
)

# QFileDialog (Qt's own, which the program always uses: see kit/dialogs.py), its file model
# and icon provider.
QT_FILE_DIALOG_TEXTS = (
    N_("&Choose"), N_("&Delete"), N_("&Look in:"), N_("&New Folder"), N_("&Rename"),
    N_("All Files (*)"), N_("Back"), N_("Forward"), N_("Go back"), N_("Go forward"),
    N_("Go to the parent directory"), N_("Parent Directory"), N_("Change to detail view mode"),
    N_("Change to list view mode"), N_("Detail View"), N_("List View"), N_("Create New Folder"),
    N_("Create a New Folder"), N_("Directories"), N_("Directory:"), N_("Files"),
    N_("Files of &type:"), N_("Show &hidden files"), N_("Show "), N_("Sidebar"),
    N_("List of places and bookmarks"), N_("Recent Places"), N_("Save As"), N_("Find Directory"),
    N_("New Folder"), N_("Computer"), N_("My Computer"), N_("Name"), N_("Date Modified"),
    N_("Kind"), N_("Drive"), N_("Folder"), N_("File Folder"), N_("File"), N_("%1 File"),
    N_("Alias"), N_("Shortcut"),
    N_("%1 already exists.\nDo you want to replace it?"),
    N_("%1\nFile not found.\nPlease verify the correct file name was given."),
    N_("%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    N_("Are you sure you want to delete '%1'?"),
    N_("'%1' is write protected.\nDo you want to delete it anyway?"),
    N_("Could not delete directory."),
    N_("<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer "
       "characters or no punctuation marks."),
    N_("Invalid filename"),
)

# QPrintDialog as Qt draws it (Linux; Windows shows its own, in the system's language).
QT_PRINT_DIALOG_TEXTS = (
    N_("&Options >>"), N_("&Options <<"), N_("&Name:"), N_("P&roperties"), N_("Location:"),
    N_("Type:"), N_("Output &file:"), N_("Printer"), N_("All Pages"), N_("Odd Pages"),
    N_("Even Pages"), N_("Local file"), N_("Print to File (PDF)"), N_("Write PDF file"),
    N_("Print To File ..."), N_("Page Setup"), N_("Collate"), N_("Color"), N_("Color Mode"),
    N_("Grayscale"), N_("Copies"), N_("Copies:"), N_("Current Page"), N_("Double Sided Printing"),
    N_("Long side binding"), N_("Short side binding"), N_("Off"), N_("Options"),
    N_("Output Settings"), N_("Page &Set:"), N_("Pages"), N_("Pages from"), N_("to"),
    N_("Print all"), N_("Print range"), N_("Reverse"), N_("Selection"),
    N_("Specify pages or ranges separated by commas. Ranges are specified by two numbers "
       "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9."),
    N_("Top to Bottom, Left to Right"), N_("Top to Bottom, Right to Left"),
    N_("Bottom to Top, Left to Right"), N_("Bottom to Top, Right to Left"),
    N_("Left to Right, Top to Bottom"), N_("Left to Right, Bottom to Top"),
    N_("Right to Left, Top to Bottom"), N_("Right to Left, Bottom to Top"),
    N_("%1 already exists.\nDo you want to overwrite it?"),
    N_("%1 is a directory.\nPlease choose a different file name."),
    N_("File %1 is not writable.\nPlease choose a different file name."),
    N_("The 'From' value cannot be greater than the 'To' value."),
)

# The input dialog, tab bars' scroll arrows, the calendar popup's arrows (its month and weekday
# names come from QLocale: translation.apply_language sets Vietnamese).
QT_OTHER_TEXTS = (
    N_("Enter a value:"), N_("Scroll Left"), N_("Scroll Right"), N_("Next month"),
    N_("Previous month"),
)

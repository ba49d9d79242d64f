# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CasePersonDialog(object):
    outerLayout: QVBoxLayout
    searchBox: QGroupBox
    searchLayout: QGridLayout
    searchLabel: QLabel
    searchEdit: QLineEdit
    matchesLabel: QLabel
    matchesList: QListWidget
    choiceLayout: QHBoxLayout
    choiceLabel: QLabel
    newPersonButton: QPushButton
    personBox: QGroupBox
    personForm: QFormLayout
    nameLabel: QLabel
    nameEdit: QLineEdit
    sexLabel: QLabel
    sexCombo: QComboBox
    birthDateLabel: QLabel
    birthLayout: QHBoxLayout
    birthDateEdit: QDateEdit
    yearOnlyCheck: QCheckBox
    birthStretch: QSpacerItem
    birthYearLabel: QLabel
    birthYearSpin: QSpinBox
    citizenIdLabel: QLabel
    citizenIdEdit: QLineEdit
    addressLabel: QLabel
    addressEdit: QLineEdit
    phoneLabel: QLabel
    phoneEdit: QLineEdit
    roleBox: QGroupBox
    roleForm: QFormLayout
    roleLabel: QLabel
    roleCombo: QComboBox
    representsLabel: QLabel
    representsCombo: QComboBox
    requestedCheck: QCheckBox
    positionLabel: QLabel
    positionEdit: QPlainTextEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, CasePersonDialog: QDialog) -> None:
        if not CasePersonDialog.objectName():
            CasePersonDialog.setObjectName(u"CasePersonDialog")
        CasePersonDialog.resize(660, 640)
        self.outerLayout = QVBoxLayout(CasePersonDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.searchBox = QGroupBox(CasePersonDialog)
        self.searchBox.setObjectName(u"searchBox")
        self.searchLayout = QGridLayout(self.searchBox)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.searchBox)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.searchEdit = QLineEdit(self.searchBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit, 0, 1, 1, 1)

        self.matchesLabel = QLabel(self.searchBox)
        self.matchesLabel.setObjectName(u"matchesLabel")
        self.matchesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.searchLayout.addWidget(self.matchesLabel, 1, 0, 1, 1)

        self.matchesList = QListWidget(self.searchBox)
        self.matchesList.setObjectName(u"matchesList")
        self.matchesList.setMaximumSize(QSize(16777215, 96))

        self.searchLayout.addWidget(self.matchesList, 1, 1, 1, 1)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceLabel = QLabel(self.searchBox)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.choiceLabel.sizePolicy().hasHeightForWidth())
        self.choiceLabel.setSizePolicy(sizePolicy)
        self.choiceLabel.setText(u"")

        self.choiceLayout.addWidget(self.choiceLabel)

        self.newPersonButton = QPushButton(self.searchBox)
        self.newPersonButton.setObjectName(u"newPersonButton")

        self.choiceLayout.addWidget(self.newPersonButton)


        self.searchLayout.addLayout(self.choiceLayout, 2, 1, 1, 1)


        self.outerLayout.addWidget(self.searchBox)

        self.personBox = QGroupBox(CasePersonDialog)
        self.personBox.setObjectName(u"personBox")
        self.personForm = QFormLayout(self.personBox)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.personBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sexLabel = QLabel(self.personBox)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.personBox)
        self.sexCombo.setObjectName(u"sexCombo")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthDateLabel = QLabel(self.personBox)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthLayout = QHBoxLayout()
        self.birthLayout.setObjectName(u"birthLayout")
        self.birthDateEdit = QDateEdit(self.personBox)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.birthDateEdit.setCalendarPopup(True)

        self.birthLayout.addWidget(self.birthDateEdit)

        self.yearOnlyCheck = QCheckBox(self.personBox)
        self.yearOnlyCheck.setObjectName(u"yearOnlyCheck")

        self.birthLayout.addWidget(self.yearOnlyCheck)

        self.birthStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthLayout.addItem(self.birthStretch)


        self.personForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.birthLayout)

        self.birthYearLabel = QLabel(self.personBox)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearSpin = QSpinBox(self.personBox)
        self.birthYearSpin.setObjectName(u"birthYearSpin")
        self.birthYearSpin.setMinimum(1899)
        self.birthYearSpin.setMaximum(2100)
        self.birthYearSpin.setValue(1899)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthYearSpin)

        self.citizenIdLabel = QLabel(self.personBox)
        self.citizenIdLabel.setObjectName(u"citizenIdLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.citizenIdLabel)

        self.citizenIdEdit = QLineEdit(self.personBox)
        self.citizenIdEdit.setObjectName(u"citizenIdEdit")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.citizenIdEdit)

        self.addressLabel = QLabel(self.personBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.personBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.personBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.outerLayout.addWidget(self.personBox)

        self.roleBox = QGroupBox(CasePersonDialog)
        self.roleBox.setObjectName(u"roleBox")
        self.roleForm = QFormLayout(self.roleBox)
        self.roleForm.setObjectName(u"roleForm")
        self.roleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.roleLabel = QLabel(self.roleBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.roleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.roleBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.representsLabel = QLabel(self.roleBox)
        self.representsLabel.setObjectName(u"representsLabel")

        self.roleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.representsLabel)

        self.representsCombo = QComboBox(self.roleBox)
        self.representsCombo.setObjectName(u"representsCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.representsCombo.sizePolicy().hasHeightForWidth())
        self.representsCombo.setSizePolicy(sizePolicy1)

        self.roleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.representsCombo)

        self.requestedCheck = QCheckBox(self.roleBox)
        self.requestedCheck.setObjectName(u"requestedCheck")

        self.roleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestedCheck)

        self.positionLabel = QLabel(self.roleBox)
        self.positionLabel.setObjectName(u"positionLabel")

        self.roleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QPlainTextEdit(self.roleBox)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setTabChangesFocus(True)

        self.roleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionEdit)


        self.outerLayout.addWidget(self.roleBox)

        self.errorLabel = QLabel(CasePersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CasePersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

        self.outerLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.matchesLabel.setBuddy(self.matchesList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.birthYearLabel.setBuddy(self.birthYearSpin)
        self.citizenIdLabel.setBuddy(self.citizenIdEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.representsLabel.setBuddy(self.representsCombo)
        self.positionLabel.setBuddy(self.positionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.matchesList)
        QWidget.setTabOrder(self.matchesList, self.newPersonButton)
        QWidget.setTabOrder(self.newPersonButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.yearOnlyCheck)
        QWidget.setTabOrder(self.yearOnlyCheck, self.birthYearSpin)
        QWidget.setTabOrder(self.birthYearSpin, self.citizenIdEdit)
        QWidget.setTabOrder(self.citizenIdEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.representsCombo)
        QWidget.setTabOrder(self.representsCombo, self.requestedCheck)
        QWidget.setTabOrder(self.requestedCheck, self.positionEdit)

        self.retranslateUi(CasePersonDialog)
        self.buttonBox.accepted.connect(CasePersonDialog.accept)
        self.buttonBox.rejected.connect(CasePersonDialog.reject)

        QMetaObject.connectSlotsByName(CasePersonDialog)
    # setupUi

    def retranslateUi(self, CasePersonDialog: QDialog) -> None:
        CasePersonDialog.setWindowTitle(QCoreApplication.translate("CasePersonDialog", u"Participant", None))
        self.searchBox.setTitle(QCoreApplication.translate("CasePersonDialog", u"Someone already recorded by the team?", None))
        self.searchLabel.setText(QCoreApplication.translate("CasePersonDialog", u"&Search by name:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Search persons by name", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CasePersonDialog", u"Type part of the name; accents are not needed", None))
        self.matchesLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Fo&und:", None))
#if QT_CONFIG(accessibility)
        self.matchesList.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Persons found", None))
#endif // QT_CONFIG(accessibility)
        self.newPersonButton.setText(QCoreApplication.translate("CasePersonDialog", u"&New person instead", None))
#if QT_CONFIG(accessibility)
        self.newPersonButton.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Record a new person instead", None))
#endif // QT_CONFIG(accessibility)
        self.personBox.setTitle(QCoreApplication.translate("CasePersonDialog", u"The person", None))
        self.nameLabel.setText(QCoreApplication.translate("CasePersonDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.sexLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Se&x:", None))
#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.yearOnlyCheck.setText(QCoreApplication.translate("CasePersonDialog", u"Only the &year is known", None))
#if QT_CONFIG(accessibility)
        self.yearOnlyCheck.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Only the year of birth is known", None))
#endif // QT_CONFIG(accessibility)
        self.birthYearLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Yea&r of birth:", None))
#if QT_CONFIG(accessibility)
        self.birthYearSpin.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.citizenIdLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Citizen &ID number:", None))
#if QT_CONFIG(accessibility)
        self.citizenIdEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Citizen ID number", None))
#endif // QT_CONFIG(accessibility)
        self.citizenIdEdit.setPlaceholderText(QCoreApplication.translate("CasePersonDialog", u"12 digits; may be left empty", None))
        self.addressLabel.setText(QCoreApplication.translate("CasePersonDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("CasePersonDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Phone number", None))
#endif // QT_CONFIG(accessibility)
        self.roleBox.setTitle(QCoreApplication.translate("CasePersonDialog", u"In this case", None))
        self.roleLabel.setText(QCoreApplication.translate("CasePersonDialog", u"R&ole:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Role in the case", None))
#endif // QT_CONFIG(accessibility)
        self.representsLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Represen&ts:", None))
#if QT_CONFIG(accessibility)
        self.representsCombo.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Party this person represents", None))
#endif // QT_CONFIG(accessibility)
        self.requestedCheck.setText(QCoreApplication.translate("CasePersonDialog", u"Requester of mediation", None))
#if QT_CONFIG(accessibility)
        self.requestedCheck.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"This party asked for mediation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.requestedCheck.setToolTip(QCoreApplication.translate("CasePersonDialog", u"Tick the party who asked the team to mediate; tick both if both asked.", None))
#endif // QT_CONFIG(tooltip)
        self.positionLabel.setText(QCoreApplication.translate("CasePersonDialog", u"Position or &demands:", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("CasePersonDialog", u"Position or demands of this person", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


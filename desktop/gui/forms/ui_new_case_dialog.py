# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.gui.kit.optional_date import OptionalDateEdit

class Ui_NewCaseDialog(object):
    dialogLayout: QVBoxLayout
    form: QFormLayout
    titleLabel: QLabel
    titleEdit: QLineEdit
    receivedLabel: QLabel
    receivedEdit: QDateEdit
    aroseLabel: QLabel
    aroseEdit: OptionalDateEdit
    groundsLabel: QLabel
    groundsCombo: QComboBox
    referrerLabel: QLabel
    referrerEdit: QLineEdit
    categoryLabel: QLabel
    categoryCombo: QComboBox
    eligibilityLabel: QLabel
    eligibilityCombo: QComboBox
    eligibilityNoteLabel: QLabel
    eligibilityNoteEdit: QLineEdit
    summaryLabel: QLabel
    summaryEdit: QPlainTextEdit
    sensitiveCheck: QCheckBox
    party1Label: QLabel
    party1Layout: QHBoxLayout
    party1NameEdit: QLineEdit
    party1SexCombo: QComboBox
    party1AddressEdit: QLineEdit
    party1RequestedCheck: QCheckBox
    party2Label: QLabel
    party2Layout: QHBoxLayout
    party2NameEdit: QLineEdit
    party2SexCombo: QComboBox
    party2AddressEdit: QLineEdit
    party2RequestedCheck: QCheckBox
    partiesHintLabel: QLabel
    requesterWarningLabel: QLabel
    errorsLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, NewCaseDialog: QDialog) -> None:
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.resize(720, 600)
        self.dialogLayout = QVBoxLayout(NewCaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(NewCaseDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NewCaseDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.receivedLabel = QLabel(NewCaseDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateEdit(NewCaseDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.receivedEdit.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedEdit.sizePolicy().hasHeightForWidth())
        self.receivedEdit.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.aroseLabel = QLabel(NewCaseDialog)
        self.aroseLabel.setObjectName(u"aroseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aroseLabel)

        self.aroseEdit = OptionalDateEdit(NewCaseDialog)
        self.aroseEdit.setObjectName(u"aroseEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aroseEdit)

        self.groundsLabel = QLabel(NewCaseDialog)
        self.groundsLabel.setObjectName(u"groundsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groundsLabel)

        self.groundsCombo = QComboBox(NewCaseDialog)
        self.groundsCombo.setObjectName(u"groundsCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groundsCombo)

        self.referrerLabel = QLabel(NewCaseDialog)
        self.referrerLabel.setObjectName(u"referrerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referrerLabel)

        self.referrerEdit = QLineEdit(NewCaseDialog)
        self.referrerEdit.setObjectName(u"referrerEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referrerEdit)

        self.categoryLabel = QLabel(NewCaseDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(NewCaseDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.eligibilityLabel = QLabel(NewCaseDialog)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.eligibilityLabel)

        self.eligibilityCombo = QComboBox(NewCaseDialog)
        self.eligibilityCombo.setObjectName(u"eligibilityCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.eligibilityCombo)

        self.eligibilityNoteLabel = QLabel(NewCaseDialog)
        self.eligibilityNoteLabel.setObjectName(u"eligibilityNoteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.eligibilityNoteLabel)

        self.eligibilityNoteEdit = QLineEdit(NewCaseDialog)
        self.eligibilityNoteEdit.setObjectName(u"eligibilityNoteEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.eligibilityNoteEdit)

        self.summaryLabel = QLabel(NewCaseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(NewCaseDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.sensitiveCheck = QCheckBox(NewCaseDialog)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sensitiveCheck)

        self.party1Label = QLabel(NewCaseDialog)
        self.party1Label.setObjectName(u"party1Label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.party1Label)

        self.party1Layout = QHBoxLayout()
        self.party1Layout.setObjectName(u"party1Layout")
        self.party1NameEdit = QLineEdit(NewCaseDialog)
        self.party1NameEdit.setObjectName(u"party1NameEdit")

        self.party1Layout.addWidget(self.party1NameEdit)

        self.party1SexCombo = QComboBox(NewCaseDialog)
        self.party1SexCombo.setObjectName(u"party1SexCombo")

        self.party1Layout.addWidget(self.party1SexCombo)

        self.party1AddressEdit = QLineEdit(NewCaseDialog)
        self.party1AddressEdit.setObjectName(u"party1AddressEdit")

        self.party1Layout.addWidget(self.party1AddressEdit)

        self.party1RequestedCheck = QCheckBox(NewCaseDialog)
        self.party1RequestedCheck.setObjectName(u"party1RequestedCheck")

        self.party1Layout.addWidget(self.party1RequestedCheck)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.party1Layout)

        self.party2Label = QLabel(NewCaseDialog)
        self.party2Label.setObjectName(u"party2Label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.party2Label)

        self.party2Layout = QHBoxLayout()
        self.party2Layout.setObjectName(u"party2Layout")
        self.party2NameEdit = QLineEdit(NewCaseDialog)
        self.party2NameEdit.setObjectName(u"party2NameEdit")

        self.party2Layout.addWidget(self.party2NameEdit)

        self.party2SexCombo = QComboBox(NewCaseDialog)
        self.party2SexCombo.setObjectName(u"party2SexCombo")

        self.party2Layout.addWidget(self.party2SexCombo)

        self.party2AddressEdit = QLineEdit(NewCaseDialog)
        self.party2AddressEdit.setObjectName(u"party2AddressEdit")

        self.party2Layout.addWidget(self.party2AddressEdit)

        self.party2RequestedCheck = QCheckBox(NewCaseDialog)
        self.party2RequestedCheck.setObjectName(u"party2RequestedCheck")

        self.party2Layout.addWidget(self.party2RequestedCheck)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.party2Layout)

        self.partiesHintLabel = QLabel(NewCaseDialog)
        self.partiesHintLabel.setObjectName(u"partiesHintLabel")
        self.partiesHintLabel.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.partiesHintLabel)

        self.requesterWarningLabel = QLabel(NewCaseDialog)
        self.requesterWarningLabel.setObjectName(u"requesterWarningLabel")
        self.requesterWarningLabel.setText(u"")
        self.requesterWarningLabel.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.requesterWarningLabel)


        self.dialogLayout.addLayout(self.form)

        self.errorsLabel = QLabel(NewCaseDialog)
        self.errorsLabel.setObjectName(u"errorsLabel")

        self.dialogLayout.addWidget(self.errorsLabel)

        self.buttonBox = QDialogButtonBox(NewCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.aroseLabel.setBuddy(self.aroseEdit)
        self.groundsLabel.setBuddy(self.groundsCombo)
        self.referrerLabel.setBuddy(self.referrerEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.eligibilityLabel.setBuddy(self.eligibilityCombo)
        self.eligibilityNoteLabel.setBuddy(self.eligibilityNoteEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.party1Label.setBuddy(self.party1NameEdit)
        self.party2Label.setBuddy(self.party2NameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.aroseEdit)
        QWidget.setTabOrder(self.aroseEdit, self.groundsCombo)
        QWidget.setTabOrder(self.groundsCombo, self.referrerEdit)
        QWidget.setTabOrder(self.referrerEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.eligibilityCombo)
        QWidget.setTabOrder(self.eligibilityCombo, self.eligibilityNoteEdit)
        QWidget.setTabOrder(self.eligibilityNoteEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.party1NameEdit)
        QWidget.setTabOrder(self.party1NameEdit, self.party1SexCombo)
        QWidget.setTabOrder(self.party1SexCombo, self.party1AddressEdit)
        QWidget.setTabOrder(self.party1AddressEdit, self.party1RequestedCheck)
        QWidget.setTabOrder(self.party1RequestedCheck, self.party2NameEdit)
        QWidget.setTabOrder(self.party2NameEdit, self.party2SexCombo)
        QWidget.setTabOrder(self.party2SexCombo, self.party2AddressEdit)
        QWidget.setTabOrder(self.party2AddressEdit, self.party2RequestedCheck)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog: QDialog) -> None:
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.titleLabel.setText(QCoreApplication.translate("NewCaseDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"A few words, for example: Dispute over a shared path", None))
        self.receivedLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Date &received:", None))
#if QT_CONFIG(accessibility)
        self.receivedEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.aroseLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Date the matter aros&e:", None))
#if QT_CONFIG(accessibility)
        self.aroseEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date the matter arose", None))
#endif // QT_CONFIG(accessibility)
        self.groundsLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Grounds for &starting:", None))
#if QT_CONFIG(accessibility)
        self.groundsCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Grounds for starting the mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referrerLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Proposed &by:", None))
#if QT_CONFIG(accessibility)
        self.referrerEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Agency, organisation or person who proposed the mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referrerEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Which agency, organisation or person", None))
        self.categoryLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Kind of matter:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Kind of matter", None))
#endif // QT_CONFIG(accessibility)
        self.categoryCombo.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Choose the kind of matter", None))
        self.eligibilityLabel.setText(QCoreApplication.translate("NewCaseDialog", u"E&ligibility:", None))
#if QT_CONFIG(accessibility)
        self.eligibilityCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"May this matter be mediated", None))
#endif // QT_CONFIG(accessibility)
        self.eligibilityNoteLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Eligibility no&te:", None))
#if QT_CONFIG(accessibility)
        self.eligibilityNoteEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Note on eligibility", None))
#endif // QT_CONFIG(accessibility)
        self.eligibilityNoteEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"If it may not be mediated: where it was referred, for example the commune police", None))
        self.summaryLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Main &content:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Main content of the matter", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"What happened, in a few sentences", None))
        self.sensitiveCheck.setText(QCoreApplication.translate("NewCaseDialog", u"Sensitive: famil&y conflict, health, violence or a violation (show with care)", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheck.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Sensitive case", None))
#endif // QT_CONFIG(accessibility)
        self.party1Label.setText(QCoreApplication.translate("NewCaseDialog", u"Party &1:", None))
#if QT_CONFIG(accessibility)
        self.party1NameEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Full name of the first party", None))
#endif // QT_CONFIG(accessibility)
        self.party1NameEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Full name", None))
#if QT_CONFIG(accessibility)
        self.party1SexCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Sex of the first party", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.party1AddressEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Address of the first party", None))
#endif // QT_CONFIG(accessibility)
        self.party1AddressEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Address", None))
        self.party1RequestedCheck.setText(QCoreApplication.translate("NewCaseDialog", u"Requester of mediation", None))
#if QT_CONFIG(accessibility)
        self.party1RequestedCheck.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"The first party asked for mediation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.party1RequestedCheck.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Tick the party who asked the team to mediate; tick both if both asked.", None))
#endif // QT_CONFIG(tooltip)
        self.party2Label.setText(QCoreApplication.translate("NewCaseDialog", u"Party &2:", None))
#if QT_CONFIG(accessibility)
        self.party2NameEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Full name of the second party", None))
#endif // QT_CONFIG(accessibility)
        self.party2NameEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Full name", None))
#if QT_CONFIG(accessibility)
        self.party2SexCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Sex of the second party", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.party2AddressEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Address of the second party", None))
#endif // QT_CONFIG(accessibility)
        self.party2AddressEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Address", None))
        self.party2RequestedCheck.setText(QCoreApplication.translate("NewCaseDialog", u"Requester of mediation", None))
#if QT_CONFIG(accessibility)
        self.party2RequestedCheck.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"The second party asked for mediation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.party2RequestedCheck.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Tick the party who asked the team to mediate; tick both if both asked.", None))
#endif // QT_CONFIG(tooltip)
        self.partiesHintLabel.setText(QCoreApplication.translate("NewCaseDialog", u"The parties can also be added or completed later, in the case's Participants tab.", None))
#if QT_CONFIG(accessibility)
        self.requesterWarningLabel.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Warning about who asked for mediation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorsLabel.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


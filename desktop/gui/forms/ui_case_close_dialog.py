# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_close_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CaseCloseDialog(object):
    outerLayout: QVBoxLayout
    kindBox: QGroupBox
    kindLayout: QVBoxLayout
    successfulRadio: QRadioButton
    stoppedRadio: QRadioButton
    endedRadio: QRadioButton
    notEligibleRadio: QRadioButton
    form: QFormLayout
    decidedLabel: QLabel
    decidedEdit: QDateEdit
    stopByLabel: QLabel
    stopByBox: QWidget
    stopByLayout: QVBoxLayout
    eligibilityLabel: QLabel
    eligibilityCombo: QComboBox
    referredLabel: QLabel
    referredEdit: QLineEdit
    guidanceLabel: QLabel
    guidanceEdit: QPlainTextEdit
    noteLabel: QLabel
    noteEdit: QPlainTextEdit
    errorLabel: QLabel
    bottomStretch: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, CaseCloseDialog: QDialog) -> None:
        if not CaseCloseDialog.objectName():
            CaseCloseDialog.setObjectName(u"CaseCloseDialog")
        CaseCloseDialog.resize(640, 600)
        self.outerLayout = QVBoxLayout(CaseCloseDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.kindBox = QGroupBox(CaseCloseDialog)
        self.kindBox.setObjectName(u"kindBox")
        self.kindLayout = QVBoxLayout(self.kindBox)
        self.kindLayout.setObjectName(u"kindLayout")
        self.successfulRadio = QRadioButton(self.kindBox)
        self.successfulRadio.setObjectName(u"successfulRadio")
        self.successfulRadio.setChecked(True)

        self.kindLayout.addWidget(self.successfulRadio)

        self.stoppedRadio = QRadioButton(self.kindBox)
        self.stoppedRadio.setObjectName(u"stoppedRadio")

        self.kindLayout.addWidget(self.stoppedRadio)

        self.endedRadio = QRadioButton(self.kindBox)
        self.endedRadio.setObjectName(u"endedRadio")

        self.kindLayout.addWidget(self.endedRadio)

        self.notEligibleRadio = QRadioButton(self.kindBox)
        self.notEligibleRadio.setObjectName(u"notEligibleRadio")

        self.kindLayout.addWidget(self.notEligibleRadio)


        self.outerLayout.addWidget(self.kindBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.decidedLabel = QLabel(CaseCloseDialog)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = QDateEdit(CaseCloseDialog)
        self.decidedEdit.setObjectName(u"decidedEdit")
        self.decidedEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.decidedEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.stopByLabel = QLabel(CaseCloseDialog)
        self.stopByLabel.setObjectName(u"stopByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stopByLabel)

        self.stopByBox = QWidget(CaseCloseDialog)
        self.stopByBox.setObjectName(u"stopByBox")
        self.stopByLayout = QVBoxLayout(self.stopByBox)
        self.stopByLayout.setObjectName(u"stopByLayout")
        self.stopByLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stopByBox)

        self.eligibilityLabel = QLabel(CaseCloseDialog)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.eligibilityLabel)

        self.eligibilityCombo = QComboBox(CaseCloseDialog)
        self.eligibilityCombo.setObjectName(u"eligibilityCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.eligibilityCombo.sizePolicy().hasHeightForWidth())
        self.eligibilityCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.eligibilityCombo)

        self.referredLabel = QLabel(CaseCloseDialog)
        self.referredLabel.setObjectName(u"referredLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referredLabel)

        self.referredEdit = QLineEdit(CaseCloseDialog)
        self.referredEdit.setObjectName(u"referredEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referredEdit)

        self.guidanceLabel = QLabel(CaseCloseDialog)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceEdit = QPlainTextEdit(CaseCloseDialog)
        self.guidanceEdit.setObjectName(u"guidanceEdit")
        self.guidanceEdit.setTabChangesFocus(True)
        self.guidanceEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guidanceEdit)

        self.noteLabel = QLabel(CaseCloseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CaseCloseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.outerLayout.addLayout(self.form)

        self.errorLabel = QLabel(CaseCloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomStretch)

        self.buttonBox = QDialogButtonBox(CaseCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.decidedLabel.setBuddy(self.decidedEdit)
        self.eligibilityLabel.setBuddy(self.eligibilityCombo)
        self.referredLabel.setBuddy(self.referredEdit)
        self.guidanceLabel.setBuddy(self.guidanceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseCloseDialog)
        self.buttonBox.accepted.connect(CaseCloseDialog.accept)
        self.buttonBox.rejected.connect(CaseCloseDialog.reject)

        QMetaObject.connectSlotsByName(CaseCloseDialog)
    # setupUi

    def retranslateUi(self, CaseCloseDialog: QDialog) -> None:
        CaseCloseDialog.setWindowTitle(QCoreApplication.translate("CaseCloseDialog", u"Close the case", None))
        self.kindBox.setTitle(QCoreApplication.translate("CaseCloseDialog", u"How did the case end?", None))
        self.successfulRadio.setText(QCoreApplication.translate("CaseCloseDialog", u"&Successful: the parties agreed", None))
#if QT_CONFIG(accessibility)
        self.successfulRadio.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Successful: the parties agreed", None))
#endif // QT_CONFIG(accessibility)
        self.stoppedRadio.setText(QCoreApplication.translate("CaseCloseDialog", u"Unsuccessful: a &party asked to stop", None))
#if QT_CONFIG(accessibility)
        self.stoppedRadio.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Unsuccessful: a party asked to stop", None))
#endif // QT_CONFIG(accessibility)
        self.endedRadio.setText(QCoreApplication.translate("CaseCloseDialog", u"Unsuccessful: the &mediator ended it, agreement impossible", None))
#if QT_CONFIG(accessibility)
        self.endedRadio.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Unsuccessful: the mediator ended it", None))
#endif // QT_CONFIG(accessibility)
        self.notEligibleRadio.setText(QCoreApplication.translate("CaseCloseDialog", u"&Not eligible for mediation: referred elsewhere", None))
#if QT_CONFIG(accessibility)
        self.notEligibleRadio.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Not eligible: referred elsewhere", None))
#endif // QT_CONFIG(accessibility)
        self.decidedLabel.setText(QCoreApplication.translate("CaseCloseDialog", u"&Decided on:", None))
#if QT_CONFIG(accessibility)
        self.decidedEdit.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Date the case was closed", None))
#endif // QT_CONFIG(accessibility)
        self.stopByLabel.setText(QCoreApplication.translate("CaseCloseDialog", u"Who asked to stop:", None))
#if QT_CONFIG(accessibility)
        self.stopByBox.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"The parties who asked to stop", None))
#endif // QT_CONFIG(accessibility)
        self.eligibilityLabel.setText(QCoreApplication.translate("CaseCloseDialog", u"&Why not eligible:", None))
#if QT_CONFIG(accessibility)
        self.eligibilityCombo.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Why the matter may not be mediated", None))
#endif // QT_CONFIG(accessibility)
        self.referredLabel.setText(QCoreApplication.translate("CaseCloseDialog", u"&Referred to:", None))
#if QT_CONFIG(accessibility)
        self.referredEdit.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Referred to", None))
#endif // QT_CONFIG(accessibility)
        self.referredEdit.setPlaceholderText(QCoreApplication.translate("CaseCloseDialog", u"For example: the commune police", None))
        self.guidanceLabel.setText(QCoreApplication.translate("CaseCloseDialog", u"&Guidance given:", None))
#if QT_CONFIG(accessibility)
        self.guidanceEdit.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Guidance given to the parties", None))
#endif // QT_CONFIG(accessibility)
        self.guidanceEdit.setPlaceholderText(QCoreApplication.translate("CaseCloseDialog", u"Where the parties were told to go next, for example the commune People's Committee or the court", None))
        self.noteLabel.setText(QCoreApplication.translate("CaseCloseDialog", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CaseCloseDialog", u"Note on the outcome", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


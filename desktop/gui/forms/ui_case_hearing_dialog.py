# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_hearing_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CaseHearingDialog(object):
    outerLayout: QVBoxLayout
    form: QFormLayout
    stageLabel: QLabel
    stageLayout: QHBoxLayout
    plannedRadio: QRadioButton
    stageGroup: QButtonGroup
    heldRadio: QRadioButton
    onTheSpotCheck: QCheckBox
    stageStretch: QSpacerItem
    heldAtLabel: QLabel
    whenLayout: QHBoxLayout
    heldAtEdit: QDateTimeEdit
    durationLabel: QLabel
    durationSpin: QSpinBox
    whenGap: QSpacerItem
    privateRadio: QRadioButton
    openGroup: QButtonGroup
    publicRadio: QRadioButton
    whenStretch: QSpacerItem
    placeLabel: QLabel
    placeEdit: QLineEdit
    clashLabel: QLabel
    attendeesLayout: QGridLayout
    participantsLabel: QLabel
    mediatorsLabel: QLabel
    participantsList: QListWidget
    mediatorsList: QListWidget
    textForm: QFormLayout
    courseLabel: QLabel
    courseEdit: QPlainTextEdit
    resultLabel: QLabel
    resultEdit: QPlainTextEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, CaseHearingDialog: QDialog) -> None:
        if not CaseHearingDialog.objectName():
            CaseHearingDialog.setObjectName(u"CaseHearingDialog")
        CaseHearingDialog.resize(700, 600)
        self.outerLayout = QVBoxLayout(CaseHearingDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.stageLabel = QLabel(CaseHearingDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageLayout = QHBoxLayout()
        self.stageLayout.setObjectName(u"stageLayout")
        self.plannedRadio = QRadioButton(CaseHearingDialog)
        self.stageGroup = QButtonGroup(CaseHearingDialog)
        self.stageGroup.setObjectName(u"stageGroup")
        self.stageGroup.addButton(self.plannedRadio)
        self.plannedRadio.setObjectName(u"plannedRadio")
        self.plannedRadio.setChecked(True)

        self.stageLayout.addWidget(self.plannedRadio)

        self.heldRadio = QRadioButton(CaseHearingDialog)
        self.stageGroup.addButton(self.heldRadio)
        self.heldRadio.setObjectName(u"heldRadio")

        self.stageLayout.addWidget(self.heldRadio)

        self.onTheSpotCheck = QCheckBox(CaseHearingDialog)
        self.onTheSpotCheck.setObjectName(u"onTheSpotCheck")

        self.stageLayout.addWidget(self.onTheSpotCheck)

        self.stageStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageLayout.addItem(self.stageStretch)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.stageLayout)

        self.heldAtLabel = QLabel(CaseHearingDialog)
        self.heldAtLabel.setObjectName(u"heldAtLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldAtLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.heldAtEdit = QDateTimeEdit(CaseHearingDialog)
        self.heldAtEdit.setObjectName(u"heldAtEdit")
        self.heldAtEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.heldAtEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.heldAtEdit)

        self.durationLabel = QLabel(CaseHearingDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.whenLayout.addWidget(self.durationLabel)

        self.durationSpin = QSpinBox(CaseHearingDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.whenLayout.addWidget(self.durationSpin)

        self.whenGap = QSpacerItem(24, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenGap)

        self.privateRadio = QRadioButton(CaseHearingDialog)
        self.openGroup = QButtonGroup(CaseHearingDialog)
        self.openGroup.setObjectName(u"openGroup")
        self.openGroup.addButton(self.privateRadio)
        self.privateRadio.setObjectName(u"privateRadio")
        self.privateRadio.setChecked(True)

        self.whenLayout.addWidget(self.privateRadio)

        self.publicRadio = QRadioButton(CaseHearingDialog)
        self.openGroup.addButton(self.publicRadio)
        self.publicRadio.setObjectName(u"publicRadio")

        self.whenLayout.addWidget(self.publicRadio)

        self.whenStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenStretch)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.placeLabel = QLabel(CaseHearingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CaseHearingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.outerLayout.addLayout(self.form)

        self.clashLabel = QLabel(CaseHearingDialog)
        self.clashLabel.setObjectName(u"clashLabel")
        self.clashLabel.setText(u"")
        self.clashLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.clashLabel)

        self.attendeesLayout = QGridLayout()
        self.attendeesLayout.setObjectName(u"attendeesLayout")
        self.participantsLabel = QLabel(CaseHearingDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.attendeesLayout.addWidget(self.participantsLabel, 0, 0, 1, 1)

        self.mediatorsLabel = QLabel(CaseHearingDialog)
        self.mediatorsLabel.setObjectName(u"mediatorsLabel")

        self.attendeesLayout.addWidget(self.mediatorsLabel, 0, 1, 1, 1)

        self.participantsList = QListWidget(CaseHearingDialog)
        self.participantsList.setObjectName(u"participantsList")
        self.participantsList.setMaximumSize(QSize(16777215, 150))

        self.attendeesLayout.addWidget(self.participantsList, 1, 0, 1, 1)

        self.mediatorsList = QListWidget(CaseHearingDialog)
        self.mediatorsList.setObjectName(u"mediatorsList")
        self.mediatorsList.setMaximumSize(QSize(16777215, 150))

        self.attendeesLayout.addWidget(self.mediatorsList, 1, 1, 1, 1)


        self.outerLayout.addLayout(self.attendeesLayout)

        self.textForm = QFormLayout()
        self.textForm.setObjectName(u"textForm")
        self.textForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.courseLabel = QLabel(CaseHearingDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.textForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseEdit = QPlainTextEdit(CaseHearingDialog)
        self.courseEdit.setObjectName(u"courseEdit")
        self.courseEdit.setTabChangesFocus(True)

        self.textForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courseEdit)

        self.resultLabel = QLabel(CaseHearingDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.textForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(CaseHearingDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)
        self.resultEdit.setMaximumSize(QSize(16777215, 90))

        self.textForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultEdit)


        self.outerLayout.addLayout(self.textForm)

        self.errorLabel = QLabel(CaseHearingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseHearingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

        self.outerLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.heldAtLabel.setBuddy(self.heldAtEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.placeLabel.setBuddy(self.placeEdit)
        self.participantsLabel.setBuddy(self.participantsList)
        self.mediatorsLabel.setBuddy(self.mediatorsList)
        self.courseLabel.setBuddy(self.courseEdit)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseHearingDialog)
        self.buttonBox.accepted.connect(CaseHearingDialog.accept)
        self.buttonBox.rejected.connect(CaseHearingDialog.reject)

        QMetaObject.connectSlotsByName(CaseHearingDialog)
    # setupUi

    def retranslateUi(self, CaseHearingDialog: QDialog) -> None:
        CaseHearingDialog.setWindowTitle(QCoreApplication.translate("CaseHearingDialog", u"Hearing", None))
        self.stageLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"This hearing:", None))
        self.plannedRadio.setText(QCoreApplication.translate("CaseHearingDialog", u"Is pla&nned (not held yet)", None))
#if QT_CONFIG(accessibility)
        self.plannedRadio.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"The hearing is planned, not held yet", None))
#endif // QT_CONFIG(accessibility)
        self.heldRadio.setText(QCoreApplication.translate("CaseHearingDialog", u"Was &held: record what happened", None))
#if QT_CONFIG(accessibility)
        self.heldRadio.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"The hearing was held: record what happened", None))
#endif // QT_CONFIG(accessibility)
        self.onTheSpotCheck.setText(QCoreApplication.translate("CaseHearingDialog", u"Mediated on the &spot", None))
#if QT_CONFIG(accessibility)
        self.onTheSpotCheck.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Mediated on the spot (Article 20: the 3-day start does not apply)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.onTheSpotCheck.setToolTip(QCoreApplication.translate("CaseHearingDialog", u"The mediator mediated at once, where the matter happened (Article 20 of the Law on Grassroots Mediation): the case is not reminded of the 3-day start", None))
#endif // QT_CONFIG(tooltip)
        self.heldAtLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"&When:", None))
#if QT_CONFIG(accessibility)
        self.heldAtEdit.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Date and time of the hearing", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"&Length:", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Length of the hearing in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSuffix(QCoreApplication.translate("CaseHearingDialog", u" minutes", None))
        self.privateRadio.setText(QCoreApplication.translate("CaseHearingDialog", u"Pri&vate", None))
#if QT_CONFIG(accessibility)
        self.privateRadio.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Private hearing", None))
#endif // QT_CONFIG(accessibility)
        self.publicRadio.setText(QCoreApplication.translate("CaseHearingDialog", u"P&ublic", None))
#if QT_CONFIG(accessibility)
        self.publicRadio.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Public hearing", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Place of the hearing", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("CaseHearingDialog", u"Where the matter arose, or a place that suits the parties", None))
#if QT_CONFIG(accessibility)
        self.clashLabel.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Clashes with other hearings", None))
#endif // QT_CONFIG(accessibility)
        self.participantsLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"P&articipants present:", None))
        self.mediatorsLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"&Mediators present:", None))
#if QT_CONFIG(accessibility)
        self.participantsList.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Participants present at the hearing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mediatorsList.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Mediators present at the hearing", None))
#endif // QT_CONFIG(accessibility)
        self.courseLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"&Course of the hearing:", None))
#if QT_CONFIG(accessibility)
        self.courseEdit.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Course of the hearing", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText(QCoreApplication.translate("CaseHearingDialog", u"&Result:", None))
#if QT_CONFIG(accessibility)
        self.resultEdit.setAccessibleName(QCoreApplication.translate("CaseHearingDialog", u"Result of the hearing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


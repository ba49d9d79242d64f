# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_assign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CaseAssignDialog(object):
    outerLayout: QVBoxLayout
    form: QFormLayout
    mediatorLabel: QLabel
    mediatorCombo: QComboBox
    methodLabel: QLabel
    methodLayout: QVBoxLayout
    chosenByPartiesRadio: QRadioButton
    assignedByLeaderRadio: QRadioButton
    assignedOnLabel: QLabel
    assignedOnEdit: QDateEdit
    noConflictCheck: QCheckBox
    errorLabel: QLabel
    bottomStretch: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, CaseAssignDialog: QDialog) -> None:
        if not CaseAssignDialog.objectName():
            CaseAssignDialog.setObjectName(u"CaseAssignDialog")
        CaseAssignDialog.resize(560, 340)
        self.outerLayout = QVBoxLayout(CaseAssignDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.mediatorLabel = QLabel(CaseAssignDialog)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediatorLabel)

        self.mediatorCombo = QComboBox(CaseAssignDialog)
        self.mediatorCombo.setObjectName(u"mediatorCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mediatorCombo.sizePolicy().hasHeightForWidth())
        self.mediatorCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediatorCombo)

        self.methodLabel = QLabel(CaseAssignDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodLayout = QVBoxLayout()
        self.methodLayout.setObjectName(u"methodLayout")
        self.chosenByPartiesRadio = QRadioButton(CaseAssignDialog)
        self.chosenByPartiesRadio.setObjectName(u"chosenByPartiesRadio")

        self.methodLayout.addWidget(self.chosenByPartiesRadio)

        self.assignedByLeaderRadio = QRadioButton(CaseAssignDialog)
        self.assignedByLeaderRadio.setObjectName(u"assignedByLeaderRadio")
        self.assignedByLeaderRadio.setChecked(True)

        self.methodLayout.addWidget(self.assignedByLeaderRadio)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.methodLayout)

        self.assignedOnLabel = QLabel(CaseAssignDialog)
        self.assignedOnLabel.setObjectName(u"assignedOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assignedOnLabel)

        self.assignedOnEdit = QDateEdit(CaseAssignDialog)
        self.assignedOnEdit.setObjectName(u"assignedOnEdit")
        self.assignedOnEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.assignedOnEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assignedOnEdit)


        self.outerLayout.addLayout(self.form)

        self.noConflictCheck = QCheckBox(CaseAssignDialog)
        self.noConflictCheck.setObjectName(u"noConflictCheck")

        self.outerLayout.addWidget(self.noConflictCheck)

        self.errorLabel = QLabel(CaseAssignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.bottomStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomStretch)

        self.buttonBox = QDialogButtonBox(CaseAssignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.assignedOnLabel.setBuddy(self.assignedOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseAssignDialog)
        self.buttonBox.accepted.connect(CaseAssignDialog.accept)
        self.buttonBox.rejected.connect(CaseAssignDialog.reject)

        QMetaObject.connectSlotsByName(CaseAssignDialog)
    # setupUi

    def retranslateUi(self, CaseAssignDialog: QDialog) -> None:
        CaseAssignDialog.setWindowTitle(QCoreApplication.translate("CaseAssignDialog", u"Assign a mediator", None))
        self.mediatorLabel.setText(QCoreApplication.translate("CaseAssignDialog", u"&Mediator:", None))
#if QT_CONFIG(accessibility)
        self.mediatorCombo.setAccessibleName(QCoreApplication.translate("CaseAssignDialog", u"Mediator to assign", None))
#endif // QT_CONFIG(accessibility)
        self.methodLabel.setText(QCoreApplication.translate("CaseAssignDialog", u"How chosen:", None))
        self.chosenByPartiesRadio.setText(QCoreApplication.translate("CaseAssignDialog", u"Chosen by the &parties", None))
#if QT_CONFIG(accessibility)
        self.chosenByPartiesRadio.setAccessibleName(QCoreApplication.translate("CaseAssignDialog", u"Chosen by the parties", None))
#endif // QT_CONFIG(accessibility)
        self.assignedByLeaderRadio.setText(QCoreApplication.translate("CaseAssignDialog", u"Assigned by the team &leader", None))
#if QT_CONFIG(accessibility)
        self.assignedByLeaderRadio.setAccessibleName(QCoreApplication.translate("CaseAssignDialog", u"Assigned by the team leader", None))
#endif // QT_CONFIG(accessibility)
        self.assignedOnLabel.setText(QCoreApplication.translate("CaseAssignDialog", u"Assigned &on:", None))
#if QT_CONFIG(accessibility)
        self.assignedOnEdit.setAccessibleName(QCoreApplication.translate("CaseAssignDialog", u"Date of assignment", None))
#endif // QT_CONFIG(accessibility)
        self.noConflictCheck.setText(QCoreApplication.translate("CaseAssignDialog", u"I &confirm that this mediator has no interest in the matter and can be objective.", None))
#if QT_CONFIG(accessibility)
        self.noConflictCheck.setAccessibleName(QCoreApplication.translate("CaseAssignDialog", u"Confirm that the mediator has no conflict of interest", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


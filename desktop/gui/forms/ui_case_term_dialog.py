# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_term_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CaseTermDialog(object):
    outerLayout: QVBoxLayout
    form: QFormLayout
    obligedLabel: QLabel
    obligedCombo: QComboBox
    contentLabel: QLabel
    contentEdit: QPlainTextEdit
    deadlineLabel: QLabel
    deadlineLayout: QHBoxLayout
    deadlineEdit: QDateEdit
    noDeadlineCheck: QCheckBox
    deadlineStretch: QSpacerItem
    buttonBox: QDialogButtonBox

    def setupUi(self, CaseTermDialog: QDialog) -> None:
        if not CaseTermDialog.objectName():
            CaseTermDialog.setObjectName(u"CaseTermDialog")
        CaseTermDialog.resize(580, 360)
        self.outerLayout = QVBoxLayout(CaseTermDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.obligedLabel = QLabel(CaseTermDialog)
        self.obligedLabel.setObjectName(u"obligedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.obligedLabel)

        self.obligedCombo = QComboBox(CaseTermDialog)
        self.obligedCombo.setObjectName(u"obligedCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.obligedCombo.sizePolicy().hasHeightForWidth())
        self.obligedCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.obligedCombo)

        self.contentLabel = QLabel(CaseTermDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(CaseTermDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.deadlineLabel = QLabel(CaseTermDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineLayout = QHBoxLayout()
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineEdit = QDateEdit(CaseTermDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.deadlineEdit.setCalendarPopup(True)

        self.deadlineLayout.addWidget(self.deadlineEdit)

        self.noDeadlineCheck = QCheckBox(CaseTermDialog)
        self.noDeadlineCheck.setObjectName(u"noDeadlineCheck")

        self.deadlineLayout.addWidget(self.noDeadlineCheck)

        self.deadlineStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineLayout.addItem(self.deadlineStretch)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.deadlineLayout)


        self.outerLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CaseTermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.obligedLabel.setBuddy(self.obligedCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseTermDialog)
        self.buttonBox.accepted.connect(CaseTermDialog.accept)
        self.buttonBox.rejected.connect(CaseTermDialog.reject)

        QMetaObject.connectSlotsByName(CaseTermDialog)
    # setupUi

    def retranslateUi(self, CaseTermDialog: QDialog) -> None:
        CaseTermDialog.setWindowTitle(QCoreApplication.translate("CaseTermDialog", u"Term of the agreement", None))
        self.obligedLabel.setText(QCoreApplication.translate("CaseTermDialog", u"&Who must do it:", None))
#if QT_CONFIG(accessibility)
        self.obligedCombo.setAccessibleName(QCoreApplication.translate("CaseTermDialog", u"Party who must carry out the term", None))
#endif // QT_CONFIG(accessibility)
        self.contentLabel.setText(QCoreApplication.translate("CaseTermDialog", u"W&hat must be done:", None))
#if QT_CONFIG(accessibility)
        self.contentEdit.setAccessibleName(QCoreApplication.translate("CaseTermDialog", u"What must be done", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineLabel.setText(QCoreApplication.translate("CaseTermDialog", u"&By when:", None))
#if QT_CONFIG(accessibility)
        self.deadlineEdit.setAccessibleName(QCoreApplication.translate("CaseTermDialog", u"Deadline", None))
#endif // QT_CONFIG(accessibility)
        self.noDeadlineCheck.setText(QCoreApplication.translate("CaseTermDialog", u"&No deadline", None))
#if QT_CONFIG(accessibility)
        self.noDeadlineCheck.setAccessibleName(QCoreApplication.translate("CaseTermDialog", u"The term has no deadline", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


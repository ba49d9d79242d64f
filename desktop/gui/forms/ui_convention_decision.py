# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'convention_decision.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.gui.kit.optional_date import OptionalDateEdit

class Ui_ConventionDecisionDialog(object):
    outerLayout: QVBoxLayout
    aboutLabel: QLabel
    hintLabel: QLabel
    formLayout: QFormLayout
    decisionLabel: QLabel
    decisionEdit: QLineEdit
    decisionDateLabel: QLabel
    decisionDateEdit: OptionalDateEdit
    effectiveLabel: QLabel
    effectiveEdit: OptionalDateEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox

    def setupUi(self, ConventionDecisionDialog: QDialog) -> None:
        if not ConventionDecisionDialog.objectName():
            ConventionDecisionDialog.setObjectName(u"ConventionDecisionDialog")
        self.outerLayout = QVBoxLayout(ConventionDecisionDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.aboutLabel = QLabel(ConventionDecisionDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setText(u"")
        self.aboutLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.aboutLabel)

        self.hintLabel = QLabel(ConventionDecisionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.decisionLabel = QLabel(ConventionDecisionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(ConventionDecisionDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decisionDateLabel = QLabel(ConventionDecisionDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = OptionalDateEdit(ConventionDecisionDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.effectiveLabel = QLabel(ConventionDecisionDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveEdit = OptionalDateEdit(ConventionDecisionDialog)
        self.effectiveEdit.setObjectName(u"effectiveEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effectiveEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ConventionDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConventionDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.effectiveLabel.setBuddy(self.effectiveEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decisionEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.effectiveEdit)

        self.retranslateUi(ConventionDecisionDialog)
        self.buttonBox.accepted.connect(ConventionDecisionDialog.accept)
        self.buttonBox.rejected.connect(ConventionDecisionDialog.reject)

        QMetaObject.connectSlotsByName(ConventionDecisionDialog)
    # setupUi

    def retranslateUi(self, ConventionDecisionDialog: QDialog) -> None:
        ConventionDecisionDialog.setWindowTitle(QCoreApplication.translate("ConventionDecisionDialog", u"The decision recognising a version", None))
        self.hintLabel.setText(QCoreApplication.translate("ConventionDecisionDialog", u"A version applies from the date of the commune People's Committee's decision recognising it, unless the decision says another day. Copy them from the decision.", None))
        self.decisionLabel.setText(QCoreApplication.translate("ConventionDecisionDialog", u"&Decision no.:", None))
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionDialog", u"Decision no.", None))
#endif // QT_CONFIG(accessibility)
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("ConventionDecisionDialog", u"for example 12/Q\u0110-UBND", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("ConventionDecisionDialog", u"Date of the d&ecision:", None))
#if QT_CONFIG(accessibility)
        self.decisionDateEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.effectiveLabel.setText(QCoreApplication.translate("ConventionDecisionDialog", u"In &force from (if another day):", None))
#if QT_CONFIG(accessibility)
        self.effectiveEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionDialog", u"In force from", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_general.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CaseGeneralTab(object):
    outerLayout: QVBoxLayout
    form: QFormLayout
    titleLabel: QLabel
    titleEdit: QLineEdit
    receivedLabel: QLabel
    datesLayout: QHBoxLayout
    receivedEdit: QDateEdit
    datesGap: QSpacerItem
    aroseLabel: QLabel
    aroseEdit: QDateEdit
    aroseUnknown: QCheckBox
    datesStretch: QSpacerItem
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
    errorLabel: QLabel
    buttonsLayout: QHBoxLayout
    savedLabel: QLabel
    buttonsStretch: QSpacerItem
    reloadButton: QPushButton
    saveButton: QPushButton

    def setupUi(self, CaseGeneralTab: QWidget) -> None:
        if not CaseGeneralTab.objectName():
            CaseGeneralTab.setObjectName(u"CaseGeneralTab")
        self.outerLayout = QVBoxLayout(CaseGeneralTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.titleLabel = QLabel(CaseGeneralTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CaseGeneralTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.receivedLabel = QLabel(CaseGeneralTab)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.receivedEdit = QDateEdit(CaseGeneralTab)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.receivedEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.receivedEdit)

        self.datesGap = QSpacerItem(24, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesGap)

        self.aroseLabel = QLabel(CaseGeneralTab)
        self.aroseLabel.setObjectName(u"aroseLabel")

        self.datesLayout.addWidget(self.aroseLabel)

        self.aroseEdit = QDateEdit(CaseGeneralTab)
        self.aroseEdit.setObjectName(u"aroseEdit")
        self.aroseEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.aroseEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.aroseEdit)

        self.aroseUnknown = QCheckBox(CaseGeneralTab)
        self.aroseUnknown.setObjectName(u"aroseUnknown")

        self.datesLayout.addWidget(self.aroseUnknown)

        self.datesStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesStretch)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.groundsLabel = QLabel(CaseGeneralTab)
        self.groundsLabel.setObjectName(u"groundsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groundsLabel)

        self.groundsCombo = QComboBox(CaseGeneralTab)
        self.groundsCombo.setObjectName(u"groundsCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.groundsCombo.sizePolicy().hasHeightForWidth())
        self.groundsCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groundsCombo)

        self.referrerLabel = QLabel(CaseGeneralTab)
        self.referrerLabel.setObjectName(u"referrerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referrerLabel)

        self.referrerEdit = QLineEdit(CaseGeneralTab)
        self.referrerEdit.setObjectName(u"referrerEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referrerEdit)

        self.categoryLabel = QLabel(CaseGeneralTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(CaseGeneralTab)
        self.categoryCombo.setObjectName(u"categoryCombo")
        sizePolicy.setHeightForWidth(self.categoryCombo.sizePolicy().hasHeightForWidth())
        self.categoryCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.eligibilityLabel = QLabel(CaseGeneralTab)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.eligibilityLabel)

        self.eligibilityCombo = QComboBox(CaseGeneralTab)
        self.eligibilityCombo.setObjectName(u"eligibilityCombo")
        sizePolicy.setHeightForWidth(self.eligibilityCombo.sizePolicy().hasHeightForWidth())
        self.eligibilityCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.eligibilityCombo)

        self.eligibilityNoteLabel = QLabel(CaseGeneralTab)
        self.eligibilityNoteLabel.setObjectName(u"eligibilityNoteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.eligibilityNoteLabel)

        self.eligibilityNoteEdit = QLineEdit(CaseGeneralTab)
        self.eligibilityNoteEdit.setObjectName(u"eligibilityNoteEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.eligibilityNoteEdit)

        self.summaryLabel = QLabel(CaseGeneralTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(CaseGeneralTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.sensitiveCheck = QCheckBox(CaseGeneralTab)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sensitiveCheck)


        self.outerLayout.addLayout(self.form)

        self.errorLabel = QLabel(CaseGeneralTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.savedLabel = QLabel(CaseGeneralTab)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")

        self.buttonsLayout.addWidget(self.savedLabel)

        self.buttonsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsStretch)

        self.reloadButton = QPushButton(CaseGeneralTab)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonsLayout.addWidget(self.reloadButton)

        self.saveButton = QPushButton(CaseGeneralTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

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
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.aroseEdit)
        QWidget.setTabOrder(self.aroseEdit, self.aroseUnknown)
        QWidget.setTabOrder(self.aroseUnknown, self.groundsCombo)
        QWidget.setTabOrder(self.groundsCombo, self.referrerEdit)
        QWidget.setTabOrder(self.referrerEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.eligibilityCombo)
        QWidget.setTabOrder(self.eligibilityCombo, self.eligibilityNoteEdit)
        QWidget.setTabOrder(self.eligibilityNoteEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.sensitiveCheck)
        QWidget.setTabOrder(self.sensitiveCheck, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.saveButton)

        self.retranslateUi(CaseGeneralTab)

        QMetaObject.connectSlotsByName(CaseGeneralTab)
    # setupUi

    def retranslateUi(self, CaseGeneralTab: QWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CaseGeneralTab", u"For example: Dispute over a shared path", None))
        self.receivedLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"Date &received:", None))
#if QT_CONFIG(accessibility)
        self.receivedEdit.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.aroseLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"Date the matter aros&e:", None))
#if QT_CONFIG(accessibility)
        self.aroseEdit.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Date the matter arose", None))
#endif // QT_CONFIG(accessibility)
        self.aroseUnknown.setText(QCoreApplication.translate("CaseGeneralTab", u"&Unknown", None))
#if QT_CONFIG(accessibility)
        self.aroseUnknown.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Date the matter arose is unknown", None))
#endif // QT_CONFIG(accessibility)
        self.groundsLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"Grounds for &starting:", None))
#if QT_CONFIG(accessibility)
        self.groundsCombo.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Grounds for starting the mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referrerLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"Proposed &by:", None))
#if QT_CONFIG(accessibility)
        self.referrerEdit.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Agency, organisation or person who proposed the mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referrerEdit.setPlaceholderText(QCoreApplication.translate("CaseGeneralTab", u"Agency, organisation or person who proposed it", None))
        self.categoryLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"&Kind of matter:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Kind of matter", None))
#endif // QT_CONFIG(accessibility)
        self.eligibilityLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"E&ligibility:", None))
#if QT_CONFIG(accessibility)
        self.eligibilityCombo.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"May this matter be mediated", None))
#endif // QT_CONFIG(accessibility)
        self.eligibilityNoteLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"Eligibility no&te:", None))
#if QT_CONFIG(accessibility)
        self.eligibilityNoteEdit.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Note on eligibility", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("CaseGeneralTab", u"Main &content:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Main content of the matter", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveCheck.setText(QCoreApplication.translate("CaseGeneralTab", u"Sensitive: famil&y conflict, health, violence or a violation (show with care)", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheck.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Sensitive case", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("CaseGeneralTab", u"&Reload, dropping my changes", None))
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Show the details now on record instead of what I typed", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("CaseGeneralTab", u"Sa&ve changes", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CaseGeneralTab", u"Save the general details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


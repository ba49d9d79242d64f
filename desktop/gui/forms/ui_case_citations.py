# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_citations.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CaseCitationsTab(object):
    outerLayout: QVBoxLayout
    reminderLabel: QLabel
    errorLabel: QLabel
    citedGroup: QGroupBox
    citedLayout: QVBoxLayout
    table: QTableView
    removeLayout: QHBoxLayout
    removeStretch: QSpacerItem
    removeButton: QPushButton
    noConventionLabel: QLabel
    addGroup: QGroupBox
    citeLayout: QFormLayout
    conventionLabel: QLabel
    conventionCombo: QComboBox
    versionLabel: QLabel
    searchLabel: QLabel
    searchEdit: QLineEdit
    resultsLayout: QHBoxLayout
    resultsList: QListWidget
    articleText: QPlainTextEdit
    clauseLabel: QLabel
    clauseCombo: QComboBox
    noteLabel: QLabel
    noteEdit: QPlainTextEdit
    citeButton: QPushButton

    def setupUi(self, CaseCitationsTab: QWidget) -> None:
        if not CaseCitationsTab.objectName():
            CaseCitationsTab.setObjectName(u"CaseCitationsTab")
        self.outerLayout = QVBoxLayout(CaseCitationsTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.reminderLabel = QLabel(CaseCitationsTab)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setText(u"")
        self.reminderLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.reminderLabel)

        self.errorLabel = QLabel(CaseCitationsTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")

        self.outerLayout.addWidget(self.errorLabel)

        self.citedGroup = QGroupBox(CaseCitationsTab)
        self.citedGroup.setObjectName(u"citedGroup")
        self.citedLayout = QVBoxLayout(self.citedGroup)
        self.citedLayout.setObjectName(u"citedLayout")
        self.table = QTableView(self.citedGroup)
        self.table.setObjectName(u"table")
        self.table.setMinimumSize(QSize(0, 150))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.citedLayout.addWidget(self.table)

        self.removeLayout = QHBoxLayout()
        self.removeLayout.setObjectName(u"removeLayout")
        self.removeStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeLayout.addItem(self.removeStretch)

        self.removeButton = QPushButton(self.citedGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.removeLayout.addWidget(self.removeButton)


        self.citedLayout.addLayout(self.removeLayout)


        self.outerLayout.addWidget(self.citedGroup)

        self.noConventionLabel = QLabel(CaseCitationsTab)
        self.noConventionLabel.setObjectName(u"noConventionLabel")
        self.noConventionLabel.setText(u"")
        self.noConventionLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.noConventionLabel)

        self.addGroup = QGroupBox(CaseCitationsTab)
        self.addGroup.setObjectName(u"addGroup")
        self.citeLayout = QFormLayout(self.addGroup)
        self.citeLayout.setObjectName(u"citeLayout")
        self.conventionLabel = QLabel(self.addGroup)
        self.conventionLabel.setObjectName(u"conventionLabel")

        self.citeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.conventionLabel)

        self.conventionCombo = QComboBox(self.addGroup)
        self.conventionCombo.setObjectName(u"conventionCombo")

        self.citeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.conventionCombo)

        self.versionLabel = QLabel(self.addGroup)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")
        self.versionLabel.setWordWrap(True)

        self.citeLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.versionLabel)

        self.searchLabel = QLabel(self.addGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.citeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.searchEdit = QLineEdit(self.addGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.citeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.searchEdit)

        self.resultsLayout = QHBoxLayout()
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsList = QListWidget(self.addGroup)
        self.resultsList.setObjectName(u"resultsList")

        self.resultsLayout.addWidget(self.resultsList)

        self.articleText = QPlainTextEdit(self.addGroup)
        self.articleText.setObjectName(u"articleText")
        self.articleText.setReadOnly(True)

        self.resultsLayout.addWidget(self.articleText)

        self.resultsLayout.setStretch(0, 2)
        self.resultsLayout.setStretch(1, 3)

        self.citeLayout.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.resultsLayout)

        self.clauseLabel = QLabel(self.addGroup)
        self.clauseLabel.setObjectName(u"clauseLabel")

        self.citeLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clauseLabel)

        self.clauseCombo = QComboBox(self.addGroup)
        self.clauseCombo.setObjectName(u"clauseCombo")

        self.citeLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clauseCombo)

        self.noteLabel = QLabel(self.addGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.citeLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.addGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 60))
        self.noteEdit.setMaximumSize(QSize(16777215, 60))

        self.citeLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.citeButton = QPushButton(self.addGroup)
        self.citeButton.setObjectName(u"citeButton")

        self.citeLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.citeButton)


        self.outerLayout.addWidget(self.addGroup)

        self.outerLayout.setStretch(2, 2)
        self.outerLayout.setStretch(4, 3)
#if QT_CONFIG(shortcut)
        self.conventionLabel.setBuddy(self.conventionCombo)
        self.searchLabel.setBuddy(self.searchEdit)
        self.clauseLabel.setBuddy(self.clauseCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseCitationsTab)

        QMetaObject.connectSlotsByName(CaseCitationsTab)
    # setupUi

    def retranslateUi(self, CaseCitationsTab: QWidget) -> None:
        self.citedGroup.setTitle(QCoreApplication.translate("CaseCitationsTab", u"Convention articles this case relies on", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseCitationsTab", u"Cited articles", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("CaseCitationsTab", u"&Remove citation", None))
        self.addGroup.setTitle(QCoreApplication.translate("CaseCitationsTab", u"Cite an article", None))
        self.conventionLabel.setText(QCoreApplication.translate("CaseCitationsTab", u"Con&vention:", None))
        self.searchLabel.setText(QCoreApplication.translate("CaseCitationsTab", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CaseCitationsTab", u"Words of the article, with or without accents", None))
        self.clauseLabel.setText(QCoreApplication.translate("CaseCitationsTab", u"C&lause:", None))
        self.noteLabel.setText(QCoreApplication.translate("CaseCitationsTab", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CaseCitationsTab", u"How this article applies to the case", None))
        self.citeButton.setText(QCoreApplication.translate("CaseCitationsTab", u"&Cite", None))
        pass
    # retranslateUi


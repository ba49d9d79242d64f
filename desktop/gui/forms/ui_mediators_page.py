# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediators_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_MediatorsPage(object):
    page_layout: QVBoxLayout
    explanation_label: QLabel
    table_label: QLabel
    table_row: QHBoxLayout
    mediators_table: QTableView
    buttons: QVBoxLayout
    add_button: QPushButton
    edit_button: QPushButton
    remove_button: QPushButton
    buttons_spacer: QSpacerItem
    warnings_label: QLabel
    errors_label: QLabel

    def setupUi(self, MediatorsPage: QWidget) -> None:
        if not MediatorsPage.objectName():
            MediatorsPage.setObjectName(u"MediatorsPage")
        MediatorsPage.resize(640, 420)
        self.page_layout = QVBoxLayout(MediatorsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.explanation_label = QLabel(MediatorsPage)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.page_layout.addWidget(self.explanation_label)

        self.table_label = QLabel(MediatorsPage)
        self.table_label.setObjectName(u"table_label")

        self.page_layout.addWidget(self.table_label)

        self.table_row = QHBoxLayout()
        self.table_row.setObjectName(u"table_row")
        self.mediators_table = QTableView(MediatorsPage)
        self.mediators_table.setObjectName(u"mediators_table")
        self.mediators_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mediators_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mediators_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mediators_table.setAlternatingRowColors(True)
        self.mediators_table.setTabKeyNavigation(False)
        self.mediators_table.setWordWrap(False)

        self.table_row.addWidget(self.mediators_table)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.add_button = QPushButton(MediatorsPage)
        self.add_button.setObjectName(u"add_button")

        self.buttons.addWidget(self.add_button)

        self.edit_button = QPushButton(MediatorsPage)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons.addWidget(self.edit_button)

        self.remove_button = QPushButton(MediatorsPage)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons.addWidget(self.remove_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttons_spacer)


        self.table_row.addLayout(self.buttons)


        self.page_layout.addLayout(self.table_row)

        self.warnings_label = QLabel(MediatorsPage)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)

        self.page_layout.addWidget(self.warnings_label)

        self.errors_label = QLabel(MediatorsPage)
        self.errors_label.setObjectName(u"errors_label")

        self.page_layout.addWidget(self.errors_label)

#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.mediators_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mediators_table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)

        self.retranslateUi(MediatorsPage)

        QMetaObject.connectSlotsByName(MediatorsPage)
    # setupUi

    def retranslateUi(self, MediatorsPage: QWidget) -> None:
        self.explanation_label.setText(QCoreApplication.translate("MediatorsPage", u"Add every mediator recognised by the commune or ward, with the team leader. You can change the list later.", None))
        self.table_label.setText(QCoreApplication.translate("MediatorsPage", u"&Mediators:", None))
#if QT_CONFIG(accessibility)
        self.mediators_table.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Mediators of the team", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("MediatorsPage", u"&Add...", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Add a mediator", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("MediatorsPage", u"&Edit...", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Edit the selected mediator", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("MediatorsPage", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Remove the selected mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warnings_label.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"What the law asks of the team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errors_label.setAccessibleName(QCoreApplication.translate("MediatorsPage", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TeamPage(object):
    page_layout: QVBoxLayout
    explanation_label: QLabel
    form: QFormLayout
    name_label: QLabel
    name_edit: QLineEdit
    village_label: QLabel
    village_edit: QLineEdit
    commune_label: QLabel
    commune_edit: QLineEdit
    province_label: QLabel
    province_edit: QLineEdit
    district_label: QLabel
    district_edit: QLineEdit
    address_label: QLabel
    address_edit: QLineEdit
    errors_label: QLabel
    bottom_spacer: QSpacerItem

    def setupUi(self, TeamPage: QWidget) -> None:
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        TeamPage.resize(620, 420)
        self.page_layout = QVBoxLayout(TeamPage)
        self.page_layout.setObjectName(u"page_layout")
        self.explanation_label = QLabel(TeamPage)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.page_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(TeamPage)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(TeamPage)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.village_label = QLabel(TeamPage)
        self.village_label.setObjectName(u"village_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.village_label)

        self.village_edit = QLineEdit(TeamPage)
        self.village_edit.setObjectName(u"village_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.village_edit)

        self.commune_label = QLabel(TeamPage)
        self.commune_label.setObjectName(u"commune_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commune_label)

        self.commune_edit = QLineEdit(TeamPage)
        self.commune_edit.setObjectName(u"commune_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commune_edit)

        self.province_label = QLabel(TeamPage)
        self.province_label.setObjectName(u"province_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_edit = QLineEdit(TeamPage)
        self.province_edit.setObjectName(u"province_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.province_edit)

        self.district_label = QLabel(TeamPage)
        self.district_label.setObjectName(u"district_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_edit = QLineEdit(TeamPage)
        self.district_edit.setObjectName(u"district_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.district_edit)

        self.address_label = QLabel(TeamPage)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(TeamPage)
        self.address_edit.setObjectName(u"address_edit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.page_layout.addLayout(self.form)

        self.errors_label = QLabel(TeamPage)
        self.errors_label.setObjectName(u"errors_label")

        self.page_layout.addWidget(self.errors_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.village_label.setBuddy(self.village_edit)
        self.commune_label.setBuddy(self.commune_edit)
        self.province_label.setBuddy(self.province_edit)
        self.district_label.setBuddy(self.district_edit)
        self.address_label.setBuddy(self.address_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.village_edit)
        QWidget.setTabOrder(self.village_edit, self.commune_edit)
        QWidget.setTabOrder(self.commune_edit, self.province_edit)
        QWidget.setTabOrder(self.province_edit, self.district_edit)
        QWidget.setTabOrder(self.district_edit, self.address_edit)

        self.retranslateUi(TeamPage)

        QMetaObject.connectSlotsByName(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage: QWidget) -> None:
        self.explanation_label.setText(QCoreApplication.translate("TeamPage", u"Write your team as it is named in the decision of the commune or ward People's Committee. Since 1 July 2025 local government has two levels, province and commune or ward: there are no districts any more.", None))
        self.name_label.setText(QCoreApplication.translate("TeamPage", u"&Team name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Team name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: T\u1ed5 h\u00f2a gi\u1ea3i th\u00f4n \u0110\u00f4ng", None))
        self.village_label.setText(QCoreApplication.translate("TeamPage", u"&Village or residential group:", None))
#if QT_CONFIG(accessibility)
        self.village_edit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Village or residential group", None))
#endif // QT_CONFIG(accessibility)
        self.village_edit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: Th\u00f4n \u0110\u00f4ng, T\u1ed5 d\u00e2n ph\u1ed1 s\u1ed1 7", None))
        self.commune_label.setText(QCoreApplication.translate("TeamPage", u"&Commune or ward:", None))
#if QT_CONFIG(accessibility)
        self.commune_edit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Commune or ward", None))
#endif // QT_CONFIG(accessibility)
        self.commune_edit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: Ph\u01b0\u1eddng Ngh\u0129a \u0110\u00f4", None))
        self.province_label.setText(QCoreApplication.translate("TeamPage", u"&Province or city:", None))
#if QT_CONFIG(accessibility)
        self.province_edit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Province or city", None))
#endif // QT_CONFIG(accessibility)
        self.province_edit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: Th\u00e0nh ph\u1ed1 H\u00e0 N\u1ed9i", None))
        self.district_label.setText(QCoreApplication.translate("TeamPage", u"Former &district (optional):", None))
#if QT_CONFIG(accessibility)
        self.district_edit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Former district (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.district_edit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"Only if your old papers still need it", None))
        self.address_label.setText(QCoreApplication.translate("TeamPage", u"&Meeting place:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Meeting place address", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"Where the team meets, for example the community hall", None))
#if QT_CONFIG(accessibility)
        self.errors_label.setAccessibleName(QCoreApplication.translate("TeamPage", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


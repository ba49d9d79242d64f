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
    pageLayout: QVBoxLayout
    explanationLabel: QLabel
    form: QFormLayout
    nameLabel: QLabel
    nameEdit: QLineEdit
    villageLabel: QLabel
    villageEdit: QLineEdit
    communeLabel: QLabel
    communeEdit: QLineEdit
    provinceLabel: QLabel
    provinceEdit: QLineEdit
    districtLabel: QLabel
    districtEdit: QLineEdit
    addressLabel: QLabel
    addressEdit: QLineEdit
    errorsLabel: QLabel
    bottomSpacer: QSpacerItem

    def setupUi(self, TeamPage: QWidget) -> None:
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        TeamPage.resize(620, 420)
        self.pageLayout = QVBoxLayout(TeamPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.explanationLabel = QLabel(TeamPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(TeamPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TeamPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.villageLabel = QLabel(TeamPage)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageEdit = QLineEdit(TeamPage)
        self.villageEdit.setObjectName(u"villageEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.villageEdit)

        self.communeLabel = QLabel(TeamPage)
        self.communeLabel.setObjectName(u"communeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.communeEdit = QLineEdit(TeamPage)
        self.communeEdit.setObjectName(u"communeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.communeEdit)

        self.provinceLabel = QLabel(TeamPage)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(TeamPage)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.districtLabel = QLabel(TeamPage)
        self.districtLabel.setObjectName(u"districtLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(TeamPage)
        self.districtEdit.setObjectName(u"districtEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.addressLabel = QLabel(TeamPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(TeamPage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.pageLayout.addLayout(self.form)

        self.errorsLabel = QLabel(TeamPage)
        self.errorsLabel.setObjectName(u"errorsLabel")

        self.pageLayout.addWidget(self.errorsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.villageLabel.setBuddy(self.villageEdit)
        self.communeLabel.setBuddy(self.communeEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamPage)

        QMetaObject.connectSlotsByName(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage: QWidget) -> None:
        self.explanationLabel.setText(QCoreApplication.translate("TeamPage", u"Write your team as it is named in the decision of the commune or ward People's Committee. Since 1 July 2025 local government has two levels, province and commune or ward: there are no districts any more.", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamPage", u"&Team name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Team name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: T\u1ed5 h\u00f2a gi\u1ea3i th\u00f4n \u0110\u00f4ng", None))
        self.villageLabel.setText(QCoreApplication.translate("TeamPage", u"&Village or residential group:", None))
#if QT_CONFIG(accessibility)
        self.villageEdit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Village or residential group", None))
#endif // QT_CONFIG(accessibility)
        self.villageEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: Th\u00f4n \u0110\u00f4ng, T\u1ed5 d\u00e2n ph\u1ed1 s\u1ed1 7", None))
        self.communeLabel.setText(QCoreApplication.translate("TeamPage", u"&Commune or ward:", None))
#if QT_CONFIG(accessibility)
        self.communeEdit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Commune or ward", None))
#endif // QT_CONFIG(accessibility)
        self.communeEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: Ph\u01b0\u1eddng Ngh\u0129a \u0110\u00f4", None))
        self.provinceLabel.setText(QCoreApplication.translate("TeamPage", u"&Province or city:", None))
#if QT_CONFIG(accessibility)
        self.provinceEdit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Province or city", None))
#endif // QT_CONFIG(accessibility)
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"For example: Th\u00e0nh ph\u1ed1 H\u00e0 N\u1ed9i", None))
        self.districtLabel.setText(QCoreApplication.translate("TeamPage", u"Former &district (optional):", None))
#if QT_CONFIG(accessibility)
        self.districtEdit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Former district (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"Only if your old papers still need it", None))
        self.addressLabel.setText(QCoreApplication.translate("TeamPage", u"&Meeting place:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("TeamPage", u"Meeting place address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"Where the team meets, for example the community hall", None))
#if QT_CONFIG(accessibility)
        self.errorsLabel.setAccessibleName(QCoreApplication.translate("TeamPage", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi


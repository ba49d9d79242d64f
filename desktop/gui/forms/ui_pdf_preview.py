# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PdfPreviewDialog(object):
    outerLayout: QVBoxLayout
    navigationLayout: QHBoxLayout
    previousButton: QPushButton
    nextButton: QPushButton
    pageLabel: QLabel
    navigationStretch: QSpacerItem
    zoomOutButton: QPushButton
    zoomInButton: QPushButton
    fitWidthButton: QPushButton
    viewHolder: QWidget
    viewLayout: QVBoxLayout
    statusLabel: QLabel
    actionsLayout: QHBoxLayout
    printButton: QPushButton
    saveButton: QPushButton
    actionsStretch: QSpacerItem
    closeButton: QPushButton

    def setupUi(self, PdfPreviewDialog: QDialog) -> None:
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 740)
        self.outerLayout = QVBoxLayout(PdfPreviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(PdfPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(PdfPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.pageLabel = QLabel(PdfPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setText(u"")

        self.navigationLayout.addWidget(self.pageLabel)

        self.navigationStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationStretch)

        self.zoomOutButton = QPushButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.navigationLayout.addWidget(self.zoomOutButton)

        self.zoomInButton = QPushButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.navigationLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PdfPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)
        self.fitWidthButton.setChecked(True)

        self.navigationLayout.addWidget(self.fitWidthButton)


        self.outerLayout.addLayout(self.navigationLayout)

        self.viewHolder = QWidget(PdfPreviewDialog)
        self.viewHolder.setObjectName(u"viewHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHolder.sizePolicy().hasHeightForWidth())
        self.viewHolder.setSizePolicy(sizePolicy)
        self.viewLayout = QVBoxLayout(self.viewHolder)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.outerLayout.addWidget(self.viewHolder)

        self.statusLabel = QLabel(PdfPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.outerLayout.addWidget(self.statusLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.actionsStretch = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsStretch)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)


        self.outerLayout.addLayout(self.actionsLayout)


        self.retranslateUi(PdfPreviewDialog)
        self.closeButton.clicked.connect(PdfPreviewDialog.close)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog: QDialog) -> None:
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Preview", None))
        self.previousButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Previous page", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Next page", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Next page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageLabel.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Current page", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Zoom &out", None))
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Zoom &in", None))
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Fit &width", None))
#if QT_CONFIG(accessibility)
        self.fitWidthButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Fit the page to the width of the window", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"P&rint\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Print the document", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Save the document as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Close the preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# SPDX-License-Identifier: GPL-3.0-or-later
# One precompiled header of the Qt headers that most of the project's files include, compiled
# once and used by the project's libraries, executables, tests and screen modules
# (ews_use_precompiled).
# Parsing these headers is most of a file's compile time: with it a typical file compiles in
# less than half the time, which matters most on a fresh 2-core machine (a newcomer's first
# build, CI). GCC only: it uses a precompiled header only when every macro defined while it was
# made is defined alike where it is used, so the carrier target below defines no more than
# every user does (the project's own definitions and QT_CORE_LIB) and takes the other Qt
# modules' include folders without their definitions. A file that forgets an #include still
# fails in lint (scripts/lint runs clang-tidy without the precompiled header).
option(EWS_PRECOMPILED_HEADERS "Compile the common Qt headers once (GCC)" ON)

if(EWS_PRECOMPILED_HEADERS AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_library(ewsprecompiled OBJECT ${CMAKE_CURRENT_LIST_DIR}/precompiled.cpp)
    target_link_libraries(ewsprecompiled PRIVATE Qt6::Core)
    foreach(module Gui Network Sql Qml)
        target_include_directories(ewsprecompiled SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
    endforeach()
    target_precompile_headers(ewsprecompiled PRIVATE
        <QAbstractListModel> <QByteArray> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray>
        <QJsonDocument> <QJsonObject> <QList> <QNetworkAccessManager> <QNetworkReply>
        <QObject> <QQmlEngine> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QUrl>
        <QUuid> <QtQml/qqmlprivate.h>)
endif()

# ews_use_precompiled(TARGET...): the targets compile with the shared precompiled header
# (qqmlprivate.h is there for the C++ that qmlcachegen writes for the screens' QML files).
function(ews_use_precompiled)
    if(TARGET ewsprecompiled)
        foreach(target ${ARGN})
            target_precompile_headers(${target} REUSE_FROM ewsprecompiled)
        endforeach()
    endif()
endfunction()

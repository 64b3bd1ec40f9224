#pragma once

#include "exchange/Workbook.h"

#include <QString>

// The CNIL's register model (the fixture, as the CNIL publishes it) and the
// same model filled in as its tutorial asks, for the tests that read it.
namespace pc::test {

// The model as published; an empty workbook when the fixture cannot be read.
exchange::Workbook cnilModel();

extern const QString kCnilListSheet;
extern const QString kCnilModelSheet;

// The row whose first cell begins with `label`, -1 when none.
int rowOf(const exchange::Sheet &sheet, const QString &label);
// Writes `text` in the row of `label` (or `offset` rows below it); false
// when no row has that label.
bool put(exchange::Sheet &sheet, const QString &label, int column, const QString &text, int offset = 0);
// `sheet` with `count` empty rows inserted before `at`, as an officer does.
exchange::Sheet withRowsInserted(const exchange::Sheet &sheet, int at, int count);

// The model filled in by an officer of "Softnlabs SAS": a payroll activity
// on a copy of sheet 3 named "Paie" (RH-01: three categories of data, one of
// health, a transfer to Andorra), a hiring one on a copy with rows inserted
// ("Feuille7", RH-02), and a video one only on the list (SEC-01); the
// CNIL's example left where it is. Empty when a label was not found.
exchange::Workbook filledCnilModel(const exchange::Workbook &model);

// A sheet as a CSV file (RFC 4180, UTF-8), as a spreadsheet saves one.
QByteArray csvOf(const exchange::Sheet &sheet);

} // namespace pc::test

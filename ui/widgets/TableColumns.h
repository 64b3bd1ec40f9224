#pragma once

#include "models/ColumnRoles.h"

class QTableView;

namespace pc {

// Sets the widths (kElasticColumnRole says which columns are free text) of the visible columns from their header and the rows on
// screen: every column gets what its header and values need, free-text
// columns share what is left of the view's width (or give some up, down to
// their header's width, when the view is too narrow).
void fitColumns(QTableView *view);
// Fits them again whenever the view changes width (the window resized, a
// pane moved); call fitColumns() after filling the rows.
void keepColumnsFitted(QTableView *view);

} // namespace pc

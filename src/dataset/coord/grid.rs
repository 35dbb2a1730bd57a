//! The roles of one day (or of every period) as a grid of areas × states: which areas and
//! states have a role then, and each cell's roles as a run of one sorted list, so a cell, a
//! row or a role's place is found by bisection.

use chrono::NaiveDate;

use super::Coordination;

impl Coordination {
    /// The roles in force on `day`, or every role when `day` is `None`.
    pub fn grid(&self, day: Option<NaiveDate>) -> Grid {
        let roles: Vec<usize> = (0..self.roles.len())
            .filter(|&i| day.is_none_or(|d| self.roles[i].in_force(d)))
            .collect();
        let mut rows: Vec<usize> = roles.iter().map(|&i| self.roles[i].area).collect();
        rows.dedup();
        let mut cols: Vec<usize> = roles.iter().map(|&i| self.roles[i].state).collect();
        cols.sort_unstable();
        cols.dedup();
        let mut cells: Vec<Cell> = Vec::new();
        for (k, &i) in roles.iter().enumerate() {
            let r = &self.roles[i];
            let row = rows.binary_search(&r.area).unwrap_or(0);
            let col = cols.binary_search(&r.state).unwrap_or(0);
            match cells.last_mut() {
                Some(c) if c.row == row && c.col == col => c.len += 1,
                _ => cells.push(Cell {
                    row,
                    col,
                    first: k,
                    len: 1,
                }),
            }
        }
        Grid {
            day,
            rows,
            cols,
            roles,
            cells,
        }
    }
}

/// A run of [`Grid::roles`] that share a row and a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cell {
    row: usize,
    col: usize,
    first: usize,
    len: usize,
}

/// The roles in force on one day (or at any time) as areas × states.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    /// The day it shows, or `None` for every role whatever its period.
    pub day: Option<NaiveDate>,
    /// Indices into [`Coordination::areas`], in order.
    pub rows: Vec<usize>,
    /// Indices into [`Coordination::states`], in order.
    pub cols: Vec<usize>,
    /// Indices into [`Coordination::roles`], by row, then column, newest first.
    pub roles: Vec<usize>,
    cells: Vec<Cell>,
}

impl Grid {
    /// The roles of a cell (indices into [`Coordination::roles`]), newest first.
    pub fn cell(&self, row: usize, col: usize) -> &[usize] {
        match self
            .cells
            .binary_search_by_key(&(row, col), |c| (c.row, c.col))
        {
            Ok(i) => {
                let c = self.cells[i];
                &self.roles[c.first..c.first + c.len]
            }
            Err(_) => &[],
        }
    }

    /// The positions in [`Grid::roles`] of row `row`'s roles (a row's roles are together).
    pub fn row_roles(&self, row: usize) -> std::ops::Range<usize> {
        let from = self.cells.partition_point(|c| c.row < row);
        let to = self.cells.partition_point(|c| c.row <= row);
        match (
            self.cells.get(from),
            to.checked_sub(1).and_then(|i| self.cells.get(i)),
        ) {
            (Some(a), Some(b)) if from < to => a.first..b.first + b.len,
            _ => 0..0,
        }
    }

    /// The row and column of the `k`th role of [`Grid::roles`].
    pub fn place(&self, k: usize) -> Option<(usize, usize)> {
        let i = self.cells.partition_point(|c| c.first + c.len <= k);
        self.cells
            .get(i)
            .filter(|c| c.first <= k)
            .map(|c| (c.row, c.col))
    }

    /// The position in [`Grid::roles`] of a cell's newest role, or of the first role of the
    /// nearest cell after it.
    pub fn first_at(&self, row: usize, col: usize) -> usize {
        let i = self.cells.partition_point(|c| (c.row, c.col) < (row, col));
        self.cells
            .get(i)
            .map_or(self.roles.len().saturating_sub(1), |c| c.first)
    }
}

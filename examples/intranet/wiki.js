// The wiki page's own script: "Add a board" puts a further widget on the page, which
// role-lanes.js mounts as it appears.
document.getElementById('add-widget').addEventListener('click', () => {
  const board = document.createElement('div');
  board.dataset.roleLanes = '';
  board.dataset.namespace = `wiki-extra-${document.querySelectorAll('#more-boards [data-role-lanes]').length + 1}`;
  document.getElementById('more-boards').append(board);
});

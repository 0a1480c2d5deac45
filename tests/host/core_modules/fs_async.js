const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, 'fs_async_dir');
fs.rmSync(dir, { recursive: true, force: true });
const order = [];
(async () => {
  await fsp.mkdir(path.join(dir, 'sub'), { recursive: true });
  await fsp.writeFile(path.join(dir, 'a.txt'), 'A');
  console.log(await fsp.readFile(path.join(dir, 'a.txt'), 'utf8'), await fsp.readFile(path.join(dir, 'a.txt')));
  console.log(await fsp.readdir(dir), (await fsp.stat(path.join(dir, 'a.txt'))).size);
  try { await fsp.readFile(path.join(dir, 'nope')); } catch (e) { console.log(e.stack.split('\n')[0].replace(__dirname, '<dir>'), e.code, e.syscall); }
  try { await fsp.readFile(123456); } catch (e) { console.log(e.message); }
  const p = fsp.readFile({});
  console.log(p instanceof Promise);
  try { await p; } catch (e) { console.log('rejected', e.code); }
  await fsp.rm(dir, { recursive: true });
  console.log('exists', fs.existsSync(dir));
  fs.mkdirSync(dir);
  fs.writeFile(path.join(dir, 'cb.txt'), 'CB', (err) => {
    console.log('writeFile cb', err);
    fs.readFile(path.join(dir, 'cb.txt'), 'utf8', (err2, data) => {
      console.log('readFile cb', err2, data);
      fs.readFile(path.join(dir, 'nope'), (err3, d3) => {
        console.log('missing cb', err3.message.replace(__dirname, '<dir>'), err3.stack.split('\n').length, d3);
        fs.stat(dir, (e, st) => { console.log('stat cb', e, st.isDirectory()); fs.exists(dir, (ex) => { console.log('exists cb', ex); fs.rmSync(dir, { recursive: true }); }); });
      });
    });
  });
  try { fs.readFile(path.join(dir, 'x')); } catch (e) { console.log(e.code, e.message); }
  try { fs.readFile(1.5, () => {}); } catch (e) { console.log(e.code, e.message); }
})();
